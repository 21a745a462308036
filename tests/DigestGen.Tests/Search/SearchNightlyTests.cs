using DigestGen.Model;
using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>What a nightly build's new papers change in search/: the files that name them, not every paper's.</summary>
public sealed class SearchNightlyTests
{
    [Fact]
    public void A_paper_first_seen_later_is_numbered_last_so_every_older_result_chunk_keeps_its_bytes()
    {
        var yesterday = new DateOnly(2026, 11, 22);
        var papers = CorpusDigest.Load(40).Papers.Select(paper => paper with { FirstSeen = yesterday }).ToList();
        var before = LunrCompatibilityTests.Build(new Digest(yesterday, [.. papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)], [], []));
        // Its id sorts first, as merge orders papers by id: numbered by id, every older paper would move up one.
        var newPaper = papers[0] with { Id = "aaa-new-paper", FirstSeen = yesterday.AddDays(1) };
        var after = LunrCompatibilityTests.Build(new Digest(yesterday.AddDays(1), [.. papers.Append(newPaper).OrderBy(paper => paper.Id, StringComparer.Ordinal)], [], []));

        var chunks = before.Files.Keys.Where(path => path.StartsWith("search/docs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(40 / BuildSearchIndex.ChunkSize, chunks.Count);
        Assert.All(chunks, path => Assert.Equal(before.Files[path].Content, after.Files[path].Content));
        var last = System.Text.Json.JsonDocument.Parse(after.Files[$"search/docs/{chunks.Count}.json"].Content).RootElement;
        Assert.Equal("aaa-new-paper", last[0].GetProperty("id").GetString());
    }
}
