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

        var tidy = string.Join(' ', spelling.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var identity = Parse(tidy);
        if (!numbers.TryGetValue(identity.Key, out var number))
        {
            number = identities.Count;
            numbers[identity.Key] = number;
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
}
