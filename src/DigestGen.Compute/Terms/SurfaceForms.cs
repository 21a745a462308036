using System.Buffers;

namespace DigestGen.Compute.Terms;

/// <summary>
/// How authors spell each lower-cased word most often, so labels say "BERT", "ImageNet" and "Bayesian", and write
/// ordinary words in sentence case ("Graph neural networks").
/// </summary>
internal sealed class SurfaceForms
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;:()[]\"'?!/${}");

    private readonly Dictionary<string, string> preferred;

    private SurfaceForms(Dictionary<string, string> preferred) => this.preferred = preferred;

    /// <param name="words">The lower-cased words whose spelling is wanted (a label's words); others are not counted.</param>
    public static SurfaceForms Learn(IEnumerable<string> texts, IEnumerable<string> words)
    {
        var counts = words.Distinct(StringComparer.Ordinal).ToDictionary(word => word, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (var text in texts)
        {
            foreach (var range in text.AsSpan().SplitAny(Separators))
            {
                var token = text.AsSpan(range);
                if (token.IsEmpty || token.Length > lower.Length)
                {
                    continue;
                }

                var lowered = lower[..token.ToLowerInvariant(lower)];
                if (lookup.TryGetValue(lowered, out var forms))
                {
                    var form = token.ToString();
                    forms[form] = forms.GetValueOrDefault(form) + 1;
                }
            }
        }

        // A word authors write in lower case a tenth of the time or more is an ordinary word capitalised in titles
        // ("Lottery Ticket Hypothesis"), not a name.
        return new SurfaceForms(counts.Where(entry => entry.Value.Count > 0).ToDictionary(
            entry => entry.Key,
            entry => entry.Value.GetValueOrDefault(entry.Key) * 10 >= entry.Value.Values.Sum()
                ? entry.Key
                : entry.Value.OrderByDescending(form => form.Value).ThenBy(form => form.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal));
    }

    /// <summary>
    /// A phrase in sentence case: a word authors usually capitalise keeps its usual spelling ("Bayesian", "BERT"),
    /// others are lower case, and the first word starts with a capital.
    /// </summary>
    public string Sentence(string phrase)
    {
        var words = phrase.Split(' ').Select(word =>
        {
            var usual = preferred.GetValueOrDefault(word, word);
            return usual.Any(char.IsUpper) ? usual : word;
        }).ToArray();
        words[0] = string.Concat(char.ToUpperInvariant(words[0][0]).ToString(), words[0][1..]);
        return string.Join(' ', words);
    }
}
