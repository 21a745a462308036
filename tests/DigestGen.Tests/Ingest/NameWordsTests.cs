using System.Globalization;
using System.Text;
using DigestGen.Ingest;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

public sealed class NameWordsTests
{
    /// <summary>Set to 1 to write the table afresh from the corpus sample (after the sample changed), then review the diff.</summary>
    private const string AcceptVariable = "DIGESTGEN_ACCEPT_NAME_WORDS";

    private static readonly string TablePath = Path.Combine(RepoPaths.Root, "src", "DigestGen", "Ingest", "NameWords.txt");

    [Fact]
    public void The_table_counts_the_words_of_the_person_names_in_the_corpus_sample()
    {
        var counts = CorpusReader.ReadAll(RepoPaths.CorpusSample)
            .SelectMany(paper => paper.Authors)
            .Select(AuthorList.Clean)
            .Where(name => PersonName.IsPlausible(name) && !OrganisationName.IsPlausible(name))
            .SelectMany(name => name.Split(' '))
            .CountBy(word => word, StringComparer.Ordinal)
            .OrderBy(count => count.Key, StringComparer.Ordinal);
        var table = new StringBuilder();
        foreach (var (word, count) in counts)
        {
            table.Append(CultureInfo.InvariantCulture, $"{word} {count}\n");
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(TablePath, table.ToString());
        }

        Assert.True(table.ToString() == File.ReadAllText(TablePath), $"src/DigestGen/Ingest/NameWords.txt is not the corpus sample's: rerun with {AcceptVariable}=1 and review the diff");
    }

    [Theory]
    [InlineData("Fernando", true)]
    [InlineData("H.", true)]
    [InlineData("Shih", true)]
    [InlineData("WorldFernando", false)]
    [InlineData("TH.", false)]
    public void The_build_reads_the_table_it_embeds(string word, bool known) =>
        Assert.Equal(known, NameWords.Count(word) > 0);
}
