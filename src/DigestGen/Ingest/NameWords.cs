using System.Collections.Frozen;
using System.Globalization;

namespace DigestGen.Ingest;

/// <summary>
/// How often each word of a person's name ("Fernando", "H.", "Shih") occurs in the author names of a fifth of the real
/// corpus, and how often as a given name (a name's first word) and as a surname (its last): a lexicon of names a
/// build ships, made from records that the fidelity measurements never draw (the arxiv-meta and hf-daily records whose arXiv id
/// ends in 0 or 5; <c>NameWordsTests</c> rebuilds it, <c>scripts/name-words.sh</c> rewrites it). The feed splitter
/// asks it only to break a tie between readings whose authors all read as names, or to spot a known run-together
/// given name cut in two (<see cref="TitleAuthorSplitter"/>); a word the lexicon never saw counts 0.
/// </summary>
internal static class NameWords
{
    public const string ResourceName = "DigestGen.Ingest.NameWords.txt";

    private static readonly Lazy<FrozenDictionary<string, Uses>> Table = new(Load);

    /// <summary>How many times the lexicon's person names use <paramref name="word"/>, in any place.</summary>
    public static int Count(string word) => Table.Value.GetValueOrDefault(word).All;

    /// <summary>How many of the lexicon's names of two words or more start with <paramref name="word"/>.</summary>
    public static int AsGivenName(string word) => Table.Value.GetValueOrDefault(word).Given;

    /// <summary>How many of the lexicon's names of two words or more end with <paramref name="word"/>.</summary>
    public static int AsSurname(string word) => Table.Value.GetValueOrDefault(word).Surname;

    private readonly record struct Uses(int All, int Given, int Surname);

    // One "word all given surname" line per word, as NameWordsTests writes them; a word may hold no space.
    private static FrozenDictionary<string, Uses> Load()
    {
        using var stream = typeof(NameWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build lost its embedded {ResourceName}");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, Uses>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(' ');
            table[fields[0]] = new Uses(Number(fields[1]), Number(fields[2]), Number(fields[3]));
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
