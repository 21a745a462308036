namespace DigestGen.Merge;

/// <summary>
/// The distinct name forms (one per <see cref="AuthorIdentity.Key"/>) seen while merging authors, numbered in
/// order of first sight, each with the exact spellings that produced it.
/// </summary>
internal sealed class NameForms
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    /// <summary>Forms by exact spelling: most names recur on many papers, and parsing one is the costly part.</summary>
    private readonly Dictionary<string, int> formBySpelling = new(StringComparer.Ordinal);
    /// <summary>Parsed names by exact text, registered or not: the same spellings recur on every record of a paper.</summary>
    private readonly Dictionary<string, AuthorIdentity> parsed = new(StringComparer.Ordinal);
    private readonly List<AuthorIdentity> identities = [];
    private readonly List<SortedSet<string>> spellings = [];

    public int Count => identities.Count;

    /// <summary>Registers a spelling (whitespace collapsed) and returns its form's number.</summary>
    public int Add(string spelling)
    {
        if (formBySpelling.TryGetValue(spelling, out var known))
        {
            return known;
        }

        var tidy = Tidy(spelling);
        var identity = Parse(tidy);
        var key = identity.Key;
        if (!numbers.TryGetValue(key, out var number))
        {
            number = identities.Count;
            numbers[key] = number;
            identities.Add(identity);
            spellings.Add(new SortedSet<string>(StringComparer.Ordinal));
        }

        spellings[number].Add(tidy);
        formBySpelling[spelling] = number;
        return number;
    }

    public AuthorIdentity Identity(int form) => identities[form];

    /// <summary><see cref="AuthorIdentity.Parse"/>, once per distinct text, without registering a form.</summary>
    public AuthorIdentity Parse(string name)
    {
        if (!parsed.TryGetValue(name, out var identity))
        {
            parsed[name] = identity = AuthorIdentity.Parse(name);
        }

        return identity;
    }

    public IReadOnlySet<string> Spellings(int form) => spellings[form];

    /// <summary>
    /// Parses the texts, as they are and tidied, ahead of <see cref="Add"/> and <see cref="Parse"/>, spread over the
    /// cores: parsing is most of registering a spelling, and every name is parsed the same on any thread.
    /// </summary>
    public void ParseAhead(IEnumerable<string> texts)
    {
        var unparsed = texts.Where(text => !parsed.ContainsKey(text)).Distinct(StringComparer.Ordinal).ToArray();
        var tidied = new string[unparsed.Length];
        var identities = new AuthorIdentity[unparsed.Length];
        var tidiedIdentities = new AuthorIdentity[unparsed.Length];
        Parallel.For(0, unparsed.Length, text =>
        {
            identities[text] = AuthorIdentity.Parse(unparsed[text]);
            tidied[text] = Tidy(unparsed[text]);
            tidiedIdentities[text] = tidied[text] == unparsed[text] ? identities[text] : AuthorIdentity.Parse(tidied[text]);
        });
        for (var text = 0; text < unparsed.Length; text++)
        {
            parsed.TryAdd(unparsed[text], identities[text]);
            parsed.TryAdd(tidied[text], tidiedIdentities[text]);
        }
    }

    /// <summary>The spelling with its whitespace collapsed to single spaces.</summary>
    private static string Tidy(string spelling) => string.Join(' ', spelling.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
