using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class TrendingListParserTests
{
    private const string Chrome = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe";
    private const string Abstract = "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions. The method is straightforward to implement and has little memory requirements.";

    [Fact]
    public void Seed_trending_list_matches_its_golden_file_without_problems()
    {
        var dump = SeedDumps.Parse(SeedDumps.Trending);

        Assert.Equal(DumpShape.TrendingList, dump.Shape);
        Assert.Equal(231, dump.Records.Length);
        Assert.Empty(dump.Diagnostics);
        ParsedDumpGolden.Verify(dump, "002_trending.records.txt");
    }

    [Fact]
    public void Seed_records_are_the_title_abstract_line_pairs_in_rank_order()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Trending);
        var records = SeedDumps.Parse(SeedDumps.Trending).Records;

        Assert.Equal(Enumerable.Range(1, 231), records.Select(record => record.TrendingRank!.Value));
        Assert.Equal("Global Convergence of Sub-gradient Method for Robust Matrix Recovery: Small Initialization, Noisy Measurements, and Over-parameterization", records[0].Title);
        Assert.Equal(3, records[0].Source.Line);
        foreach (var record in records.Skip(1))
        {
            Assert.Equal(lines[record.Source.Line - 1], record.Title);
            Assert.Equal(lines[record.Source.Line], record.Abstract);
        }

        Assert.Equal(("Hyperband: A Novel Bandit-Based Approach to Hyperparameter Optimization", 463), (records[^1].Title!, records[^1].Source.Line));
    }

    [Fact]
    public void A_missing_abstract_mid_list_does_not_shift_the_pairs()
    {
        var dump = Snippet.Parse(Chrome + "First Title\nSecond Title\n" + Abstract + "\nThird Title\n" + Abstract + "\n\t\t\n");

        Assert.Equal(["First Title", "Second Title", "Third Title"], dump.Records.Select(record => record.Title!));
        Assert.Equal([1, 2, 3], dump.Records.Select(record => record.TrendingRank!.Value));
        Assert.Null(dump.Records[0].Abstract);
        Assert.Equal(Abstract, dump.Records[2].Abstract);
        Assert.Equal("DG0102@3", Snippet.Codes(dump));
    }

    [Fact]
    public void A_truncated_last_record_is_kept_and_reported()
    {
        var dump = Snippet.Parse(Chrome + "First Title\n" + Abstract + "\nCut Short\n \t\n");

        Assert.Equal(["First Title", "Cut Short"], dump.Records.Select(record => record.Title!));
        Assert.Equal("DG0107@5", Snippet.Codes(dump));
    }

    [Fact]
    public void Titles_with_question_marks_and_abbreviations_are_not_mistaken_for_abstracts()
    {
        var dump = Snippet.Parse(Chrome + "Does Learning Require Memorization? A Short Tale about a Long Tail\n" + Abstract + "\nAttention vs. Memory\n" + Abstract);

        Assert.Equal(DumpShape.TrendingList, dump.Shape);
        Assert.Equal(["Does Learning Require Memorization? A Short Tale about a Long Tail", "Attention vs. Memory"], dump.Records.Select(record => record.Title!));
        Assert.Empty(dump.Diagnostics);
    }

    [Fact]
    public void Prose_of_headings_and_paragraphs_is_kept_but_reported_as_an_unsure_trending_list()
    {
        const string Paragraph = "We spent the week reading about optimisers. Most of them are variations on a theme, and the theme is older than it looks. This note collects what we learned, in no particular order, with links where we had them.";
        var prose = $"Introduction\n{Paragraph}\n\nWhat we read\n{Paragraph}\n\nWhat comes next\n{Paragraph}\n";

        var dump = Snippet.Parse(prose);

        Assert.Equal(DumpShape.TrendingList, dump.Shape);
        Assert.Equal(3, dump.Records.Length);
        var problem = Assert.Single(dump.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsureTrendingList, 1, Severity.Warning), (problem.Code, problem.Line, problem.Severity));
        Assert.Contains("Subscribe", problem.Message, StringComparison.Ordinal);
        Assert.Contains("move it out of the input folder", problem.Hint, StringComparison.Ordinal);
    }
}
