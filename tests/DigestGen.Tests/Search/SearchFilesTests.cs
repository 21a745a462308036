using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Search.Lunr;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// The search files the last build published (<see cref="SearchFiles"/>): a night whose settled segment did not change
/// keeps its parts without packing them, and every file is still the bytes a build without the record writes.
/// </summary>
public sealed class SearchFilesTests
{
    private static readonly DateOnly Yesterday = new(2026, 11, 22);

    [Fact]
    public void A_new_paper_keeps_the_settled_segments_parts_and_the_site_is_what_a_build_without_the_record_writes()
    {
        using var site = new TempFolder();
        using var cache = new TempFolder();
        var papers = Papers();
        Assert.Equal(0, Publish(site, cache, papers));

        List<Paper> tonight = [.. papers, papers[0] with { Id = "aaa-new-paper", FirstSeen = Yesterday.AddDays(1) }];
        var settledPart = site.Combine("search", "parts", "0", "0.json");
        var published = File.GetLastWriteTimeUtc(settledPart);
        Assert.Equal(1, Publish(site, cache, tonight));

        Assert.Equal(published, File.GetLastWriteTimeUtc(settledPart));
        AssertSiteIs(site, tonight);
    }

    [Fact]
    public void A_settled_part_edited_since_it_was_published_is_written_again()
    {
        using var site = new TempFolder();
        using var cache = new TempFolder();
        var papers = Papers();
        Publish(site, cache, papers);
        File.WriteAllText(site.Combine("search", "parts", "0", "3.json"), "[]");
        File.Delete(site.Combine("search", "docs", "7.json"));

        Assert.Equal(1, Publish(site, cache, papers)); // the recent segment's parts are kept
        AssertSiteIs(site, papers);
    }

    [Fact]
    public void A_changed_settled_paper_makes_its_segment_again()
    {
        using var site = new TempFolder();
        using var cache = new TempFolder();
        var papers = Papers();
        Publish(site, cache, papers);
        // The paper numbered first; its new words renumber every later term, so the recent segment changes too.
        var first = papers.MinBy(paper => paper.Id, StringComparer.Ordinal)!;
        List<Paper> tonight = [.. papers.Select(paper => paper == first ? paper with { Abstract = "Zyxwvut quasiparticles renormalise grokking." } : paper)];

        Assert.Equal(0, Publish(site, cache, tonight));
        AssertSiteIs(site, tonight);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"format\":\"digestgen-search-files/1\",\"code\":\"other\",\"files\":{},\"segments\":[]}")]
    [InlineData("{\"format\":\"digestgen-search-files/1\",\"files\":{\"search/x.json\":{}},\"segments\":[{}]}")]
    public void A_torn_or_foreign_record_is_no_record(string record)
    {
        using var site = new TempFolder();
        using var cache = new TempFolder();
        var papers = Papers();
        Publish(site, cache, papers);
        File.WriteAllText(cache.Combine(SearchFiles.FileName), record);

        Assert.Equal(0, Publish(site, cache, papers));
        AssertSiteIs(site, papers);
    }

    /// <summary>1,030 papers: a settled segment of 1,024 and a recent one.</summary>
    private static List<Paper> Papers() => [.. CorpusDigest.Load(1030).Papers.Select(paper => paper with { FirstSeen = Yesterday })];

    /// <returns>How many segments kept their parts.</returns>
    private static int Publish(TempFolder site, TempFolder cache, IEnumerable<Paper> papers)
    {
        var published = SearchFiles.Load(cache.Path);
        using (var writer = new SiteWriter(site.Path, []))
        {
            BuildSearchIndex.Run(Digest(papers), writer, wholeIndexMaxPapers: 0, TermCountCache.None, published);
            writer.Finish();
            published.Update(writer.PublishedStamp)!.Write();
        }

        return published.SegmentsKept;
    }

    private static void AssertSiteIs(TempFolder site, IEnumerable<Paper> papers)
    {
        var expected = new MemoryOutputSink();
        BuildSearchIndex.Run(Digest(papers), expected, wholeIndexMaxPapers: 0);
        var onDisk = Directory.EnumerateFiles(site.Path, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.Path, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), onDisk);
        Assert.All(expected.Files, file => Assert.Equal(file.Value.Content, File.ReadAllBytes(site.Combine(file.Key))));
    }

    private static Digest Digest(IEnumerable<Paper> papers) =>
        new(Yesterday.AddDays(1), [.. papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)], [], []);
}
