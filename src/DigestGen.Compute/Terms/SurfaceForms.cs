namespace DigestGen.Compute.Terms;

/// <summary>
/// How authors spell each lower-cased word most often, so labels say "BERT" and "ImageNet", and title-case
/// ordinary words ("Graph Neural Networks").
/// </summary>
public sealed class SurfaceForms
{
    private readonly Dictionary<string, string> preferred;

    private SurfaceForms(Dictionary<string, string> preferred) => this.preferred = preferred;

    public static SurfaceForms Learn(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var token in text.Split((char[])[' ', ',', '.', ';', ':', '(', ')', '[', ']', '"', '\'', '?', '!', '/', '$', '{', '}'], StringSplitOptions.RemoveEmptyEntries))
            {
                var forms = counts.TryGetValue(token.ToLowerInvariant(), out var existing) ? existing : counts[token.ToLowerInvariant()] = new(StringComparer.Ordinal);
                forms[token] = forms.GetValueOrDefault(token) + 1;
            }
        }

        return new SurfaceForms(counts.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.OrderByDescending(form => form.Value).ThenBy(form => form.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal));
    }

    /// <summary>A term for display: a word with inner capitals keeps its usual spelling, any other is title-cased.</summary>
    public string Display(string term) => string.Join(' ', term.Split(' ').Select(word =>
    {
        var usual = preferred.GetValueOrDefault(word, word);
        return usual.Skip(1).Any(char.IsUpper) ? usual : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]);
    }));
}
