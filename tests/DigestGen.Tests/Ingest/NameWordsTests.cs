using System.Globalization;
using System.Text;
using DigestGen.Ingest;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

public sealed class NameWordsTests
{
    /// <summary>Set to 1 (with the full corpus) to write the lexicon afresh, then review the diff: scripts/name-words.sh.</summary>
    private const string AcceptVariable = "DIGESTGEN_ACCEPT_NAME_WORDS";

    private static readonly string TablePath = Path.Combine(RepoPaths.Root, "src", "DigestGen", "Ingest", "NameWords.txt");

    [FullCorpusFact]
    public void The_lexicon_counts_the_words_of_the_person_names_in_its_records()
    {
        var names = NameLexiconRecords.Read()
            .SelectMany(paper => paper.Authors)
            .Select(AuthorList.Clean)
            .Where(name => PersonName.IsPlausible(name) && !OrganisationName.IsPlausible(name))
            .Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var all = names.SelectMany(words => words).CountBy(word => word, StringComparer.Ordinal);
        var given = names.Where(words => words.Length > 1).CountBy(words => words[0], StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var surname = names.Where(words => words.Length > 1).CountBy(words => words[^1], StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var table = new StringBuilder();
        // A word the records use once may be a scraping slip; leaving them out halves the file.
        foreach (var (word, count) in all.Where(count => count.Value > 1).OrderBy(count => count.Key, StringComparer.Ordinal))
        {
            table.Append(CultureInfo.InvariantCulture, $"{word} {count} {given.GetValueOrDefault(word)} {surname.GetValueOrDefault(word)}\n");
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(TablePath, table.ToString());
        }

        Assert.True(table.ToString() == File.ReadAllText(TablePath), $"src/DigestGen/Ingest/NameWords.txt is not its records' lexicon: rerun scripts/name-words.sh and review the diff");
    }

    [Fact]
    public void No_record_of_the_committed_sample_is_a_lexicon_record()
    {
        // The sample's records are drawn by the default fidelity run, so none of them may be among the lexicon's.
        Assert.DoesNotContain(CorpusReader.ReadAll(RepoPaths.CorpusSample), NameLexiconRecords.Contains);
    }

    [Theory]
    [InlineData("Fernando", true)]
    [InlineData("H.", true)]
    [InlineData("Shih", true)]
    [InlineData("WorldFernando", false)]
    [InlineData("TH.", false)]
    public void The_build_reads_the_lexicon_it_embeds(string word, bool known) =>
        Assert.Equal(known, NameWords.Count(word) > 0);

    [Fact]
    public void The_lexicon_tells_given_names_from_surnames()
    {
        Assert.True(NameWords.AsGivenName("Siddharth") > NameWords.AsSurname("Siddharth"));
        Assert.True(NameWords.AsSurname("Chowdhury") > NameWords.AsGivenName("Chowdhury"));
    }
}
