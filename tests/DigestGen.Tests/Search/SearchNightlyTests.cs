using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Search.Lunr;

namespace DigestGen.Tests.Search;

/// <summary>What a nightly build's new papers change in search/: the files that hold them, not every paper's.</summary>
public sealed class SearchNightlyTests
{
    private static readonly DateOnly Yesterday = new(2026, 11, 22);

    [Fact]
    public void A_new_paper_leaves_every_older_result_chunk_and_the_settled_segments_parts_as_they_were()
    {
        var papers = CorpusDigest.Load(1030).Papers.Select(paper => paper with { FirstSeen = Yesterday }).ToList();
        var before = Build(papers, Yesterday);
        // Its id sorts first, as merge orders papers by id: numbered by id, every older paper would move up one. Its
        // words are common ones, so with weights in the parts every part holding them would change.
        var newPaper = papers[0] with { Id = "aaa-new-paper", FirstSeen = Yesterday.AddDays(1) };
        var after = Build([.. papers, newPaper], Yesterday.AddDays(1));

        Assert.Equal([1024, 1031], IndexSegments.Ends(1031).ToArray());
        var settled = Paths(before, "search/parts/0/");
        var chunks = Paths(before, "search/docs/");
        Assert.True(settled.Count > 10, $"expected many settled parts, got {settled.Count}");
        Assert.Equal((1030 + BuildSearchIndex.ChunkSize - 1) / BuildSearchIndex.ChunkSize, chunks.Count);
        const string lastChunk = "search/docs/257.json"; // papers 1,028-1,030, and now the new one
        Assert.All(settled.Concat(chunks).Where(path => path != lastChunk), path => Assert.Equal(before.Files[path].Content, after.Files[path].Content));
        var last = System.Text.Json.JsonDocument.Parse(after.Files[lastChunk].Content).RootElement;
        Assert.Equal("aaa-new-paper", last[2].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(0, new int[] { 0 })]
    [InlineData(1_000, new[] { 1_000 })]
    [InlineData(2_048, new[] { 2_048 })]
    [InlineData(10_000, new[] { 9_216, 10_000 })]
    [InlineData(10_300, new[] { 10_240, 10_300 })]
    [InlineData(100_000, new[] { 98_304, 100_000 })]
    [InlineData(100_300, new[] { 98_304, 100_300 })]
    public void The_settled_segment_ends_on_a_step_of_about_an_eighth_of_the_papers(int papers, int[] ends) =>
        Assert.Equal(ends, IndexSegments.Ends(papers));

    private static MemoryOutputSink Build(IEnumerable<Paper> papers, DateOnly asOf) =>
        LunrCompatibilityTests.Build(new Digest(asOf, [.. papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)], [], []));

    private static List<string> Paths(MemoryOutputSink sink, string folder) =>
        [.. sink.Files.Keys.Where(path => path.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
