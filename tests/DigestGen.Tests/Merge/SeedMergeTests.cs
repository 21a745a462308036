using System.Text.Json;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Tests.Ingest;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Merge;

/// <summary>Merge of the five real seed dumps, through the real ingest parsers.</summary>
public sealed class SeedMergeTests
{
    private static readonly Lazy<IReadOnlyList<ParsedDump>> Dumps = new(SeedMerge.Dumps);

    private static readonly Lazy<MergeResult> Merged = new(() => MergePapers.Run(Dumps.Value, MergeOptions.TextOnly));

    [Fact]
    public void The_seeds_hold_296_distinct_papers()
    {
        Assert.All(Dumps.Value, dump => Assert.NotNull(dump.Shape));
        Assert.Equal(296, Merged.Value.Papers.Length);
        Assert.Equal(296, Merged.Value.Papers.Select(paper => paper.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(SeedDumps.Abstracts)]
    [InlineData(SeedDumps.Publications)]
    public void Every_record_of_the_dump_joins_a_paper_of_the_profile_page(string prefix)
    {
        var file = SeedDumps.Read(prefix).Path;
        var profile = SeedDumps.Read(SeedDumps.Profile).Path;
        var records = Dumps.Value.Single(dump => dump.File == file).Records;
        Assert.NotEmpty(records);

        var papers = Merged.Value.Papers.Where(paper => paper.Sources.Any(source => source.File == file)).ToList();

        Assert.Equal(records.Length, papers.Sum(paper => paper.Sources.Count(source => source.File == file)));
        Assert.All(papers, paper => Assert.Contains(paper.Sources, source => source.File == profile));
        Assert.DoesNotContain(Merged.Value.Diagnostics, diagnostic => diagnostic.File == file);
    }

    [Fact]
    public void The_older_wording_of_AltUp_joins_AltUp()
    {
        var altUp = Assert.Single(Merged.Value.Papers, paper => paper.Title == "Alternating Updates for Efficient Transformers");

        Assert.Equal(
            ["000", "001", "003"],
            altUp.Sources.Select(source => source.File[..3]).Where(number => number is "000" or "001" or "003").Distinct().Order(StringComparer.Ordinal));
        Assert.StartsWith("It has been well established", altUp.Abstract, StringComparison.Ordinal);
        Assert.StartsWith("NeurIPS", altUp.Venue, StringComparison.Ordinal);
    }

    [Fact]
    public void Dylan_J_Cutler_and_Dylan_Cutler_are_one_author()
    {
        var dylan = Assert.Single(Merged.Value.Authors, author => author.Name.EndsWith("Cutler", StringComparison.Ordinal));

        Assert.Equal("Dylan J Cutler", dylan.Name);
        Assert.Contains("Dylan Cutler", dylan.Aliases);
        Assert.True(dylan.PaperIds.Length >= 2);
    }

    [Fact]
    public void The_profile_page_stats_belong_to_Nikhil_Ghosh()
    {
        var nikhil = Assert.Single(Merged.Value.Authors, author => author.Profile is not null);

        Assert.Equal(("Nikhil Ghosh", 19), (nikhil.Name, nikhil.Profile!.HIndex));
        Assert.True(nikhil.PaperIds.Length >= 15);
    }

    [Fact]
    public void Building_twice_writes_identical_papers_json()
    {
        var first = SeedMerge.Run();

        Assert.NotEmpty(first.Papers);
        Assert.Equal(PapersJson(first), PapersJson(SeedMerge.Run()));
    }

    [Fact]
    public void Papers_json_has_every_field_the_issue_lists()
    {
        using var json = JsonDocument.Parse(PapersJson(Merged.Value));
        var altUp = json.RootElement.EnumerateArray().Single(paper => paper.GetProperty("id").GetString() == "alternating-updates-for-efficient-transformers");

        string[] fields = ["id", "title", "authors", "authorsTruncated", "authorIds", "abstract", "date", "category", "venue", "score", "hasCode", "org", "trendingRank", "sources"];
        Assert.All(fields, field => Assert.True(altUp.TryGetProperty(field, out _), field));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", altUp.GetProperty("date").GetString());
        Assert.Equal(altUp.GetProperty("authors").GetArrayLength(), altUp.GetProperty("authorIds").GetArrayLength());
        var source = altUp.GetProperty("sources")[0];
        Assert.Equal(["file", "shape", "line"], source.EnumerateObject().Select(property => property.Name));
        Assert.Equal("profile", source.GetProperty("shape").GetString());
    }

    [Fact]
    public void Ids_do_not_move_when_unrelated_input_comes_or_goes()
    {
        var before = Merged.Value.Papers.ToDictionary(paper => paper.Title, paper => paper.Id, StringComparer.Ordinal);
        var corpusPaper = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").First();
        Assert.DoesNotContain(corpusPaper.Title, before.Keys);
        var unrelated = new ParsedDump("005_extra.txt", DumpShape.PaperFeed, null,
            [new RawRecord
            {
                Source = new SourceRef("005_extra.txt", DumpShape.PaperFeed, 1),
                Title = corpusPaper.Title,
                Authors = corpusPaper.Authors,
                Abstract = corpusPaper.Abstract,
                Date = corpusPaper.Date,
            }], []);
        var trending = SeedDumps.Read(SeedDumps.Trending).Path;

        var added = MergePapers.Run([.. Dumps.Value, unrelated], MergeOptions.TextOnly);
        var withoutTrending = MergePapers.Run([.. Dumps.Value.Where(dump => dump.File != trending)], MergeOptions.TextOnly);

        Assert.Equal(before.Count + 1, added.Papers.Length);
        Assert.All(added.Papers.Where(paper => before.ContainsKey(paper.Title)), paper => Assert.Equal(before[paper.Title], paper.Id));
        Assert.NotEmpty(withoutTrending.Papers);
        Assert.All(withoutTrending.Papers, paper => Assert.Equal(before[paper.Title], paper.Id));
    }

    private static byte[] PapersJson(MergeResult merged)
    {
        var sink = new MemoryOutputSink();
        DataExport.Run(new Digest(SeedDumps.AsOf, [.. merged.Papers.Select(StageRecords.Unplaced)], merged.Authors, []), merged.Diagnostics, sink);
        return sink.Files["data/papers.json"].Content;
    }
}
