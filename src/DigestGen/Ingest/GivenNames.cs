using System.Collections.Frozen;
using System.Globalization;

namespace DigestGen.Ingest;

/// <summary>
/// How often each first word of a person's name ("Fernando", "H.") starts an author name in the committed corpus
/// sample (tests/corpus-sample, 7,724 real records, 12,000 first words; <c>GivenNamesTests</c> rebuilds the table
/// from it and fails when it is stale). The feed splitter asks it only to break a tie between two readings whose
/// authors all read as names, where position alone would choose: "CodeWorld" + "Fernando Alegre" over "Code" +
/// "WorldFernando Alegre", "IoT" + "H. Murat Gürsu" over "Io" + "TH. Murat Gürsu". A first word the sample never
/// saw counts as 0, so a tie between two unknown names ("Elvys", "FrasesElvys") stays one.
/// </summary>
internal static class GivenNames
{
    public const string ResourceName = "DigestGen.Ingest.GivenNames.txt";

    private static readonly Lazy<FrozenDictionary<string, int>> Table = new(Load);

    /// <summary>How many author names of the sample start with <paramref name="name"/>'s first word.</summary>
    public static int Frequency(string name) => Table.Value.GetValueOrDefault(FirstWord(name));

    /// <summary>The first word of a person's name, as the table counts it.</summary>
    public static string FirstWord(string name) => name.Split(' ', 2)[0];

    // One "word count" line per first word, as GivenNamesTests writes them.
    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(ResourceName)
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
