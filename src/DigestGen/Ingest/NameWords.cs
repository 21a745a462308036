using System.Collections.Frozen;
using System.Globalization;

namespace DigestGen.Ingest;

/// <summary>
/// How often each word of a person's name ("Fernando", "H.", "Shih") occurs in the author names of the committed
/// corpus sample (tests/corpus-sample, 7,724 real records, about 26,000 words; <c>NameWordsTests</c> rebuilds the
/// table from it and fails when it is stale). The feed splitter asks it only to break a tie between readings whose
/// authors all read as names (<see cref="TitleAuthorSplitter"/>); a word the sample never saw counts 0.
/// </summary>
internal static class NameWords
{
    public const string ResourceName = "DigestGen.Ingest.NameWords.txt";

    private static readonly Lazy<FrozenDictionary<string, int>> Table = new(Load);

    /// <summary>How many times the sample's person names use <paramref name="word"/>.</summary>
    public static int Count(string word) => Table.Value.GetValueOrDefault(word);

    // One "word count" line per word, as NameWordsTests writes them.
    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(NameWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build lost its embedded {ResourceName}");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var space = line.LastIndexOf(' ');
            table[line[..space]] = int.Parse(line[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
