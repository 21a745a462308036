using System.Diagnostics;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Merge;

/// <summary>
/// Merge at scale on real papers (hf-daily, topped up from arxiv-meta): the same papers seen as a feed, a trending
/// list with re-cased titles, and an untitled abstract listing must come back together. 5,000 papers from the
/// committed sample; 10,000 (all of hf-daily) in the extended run.
/// </summary>
public sealed class CorpusMergeTests(ITestOutputHelper output)
{
    [Fact]
    public void Five_thousand_real_papers_seen_three_ways_merge_back_into_their_papers() => MergeSeenThreeWays(5_000);

    [FullCorpusFact]
    public void Ten_thousand_real_papers_seen_three_ways_merge_back_into_their_papers() => MergeSeenThreeWays(10_000);

    private void MergeSeenThreeWays(int paperCount)
    {
        var corpus = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily")
            .Concat(CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta"))
            .Where(record => !string.IsNullOrWhiteSpace(record.Abstract))
            .Take(paperCount)
            .ToList();
        Assert.Equal(paperCount, corpus.Count);
        var feed = new ParsedDump("feed.txt", DumpShape.PaperFeed, null, [.. corpus.Select((record, index) => new RawRecord
        {
            Source = new SourceRef("feed.txt", DumpShape.PaperFeed, index + 1),
            Title = record.Title,
            Authors = [.. record.Authors.Take(CorpusDumpWriter.ShownAuthors)],
            AuthorsTruncated = record.Authors.Length > CorpusDumpWriter.ShownAuthors,
            Abstract = record.Abstract,
            Date = record.Date,
            Score = record.Score,
            Org = record.Organization,
        })], []);
        var trending = Every(4, corpus, "trending.txt", DumpShape.TrendingList, (record, rank) => new RawRecord
        {
            Source = new SourceRef("trending.txt", DumpShape.TrendingList, 0),
            Title = record.Title.ToUpperInvariant() + ".",
            Abstract = record.Abstract,
            TrendingRank = rank,
        });
        var listing = Every(10, corpus, "listing.txt", DumpShape.AbstractListing, (record, _) => new RawRecord
        {
            Source = new SourceRef("listing.txt", DumpShape.AbstractListing, 0),
            Abstract = record.Abstract,
        });

        var clock = Stopwatch.StartNew();
        var result = MergePapers.Run([feed, trending, listing], MergeOptions.TextOnly);
        output.WriteLine($"merged {feed.Records.Length + trending.Records.Length + listing.Records.Length} records into {result.Papers.Length} papers and {result.Authors.Length} authors in {clock.Elapsed.TotalSeconds:F2} s");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(result.Papers.Length, result.Papers.Select(paper => paper.Id).Distinct(StringComparer.Ordinal).Count());
        var paperOfFeedLine = result.Papers
            .SelectMany(paper => paper.Sources.Where(source => source.File == "feed.txt").Select(source => (source.Line, paper)))
            .ToDictionary(entry => entry.Line, entry => entry.paper);
        Assert.Equal(corpus.Count, paperOfFeedLine.Count);
        foreach (var (file, every) in new[] { ("trending.txt", 4), ("listing.txt", 10) })
        {
            for (var line = 1; line <= corpus.Count / every; line++)
            {
                var paper = paperOfFeedLine[((line - 1) * every) + 1];
                Assert.Contains(new SourceRef(file, file == "trending.txt" ? DumpShape.TrendingList : DumpShape.AbstractListing, line), paper.Sources);
            }
        }

        Assert.All(result.Papers, paper => Assert.Single(paper.Sources
            .Where(source => source.File == "feed.txt")
            .Select(source => TitleKey.Of(corpus[source.Line - 1].Title))
            .Distinct()));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 60);
    }

    /// <summary>Every n-th corpus paper (the first, the n+1-th…) as one more dump, its records on lines 1, 2, 3….</summary>
    private static ParsedDump Every(int n, List<CorpusRecord> corpus, string file, DumpShape shape, Func<CorpusRecord, int, RawRecord> record) =>
        new(file, shape, null, [.. corpus.Where((_, index) => index % n == 0).Select((paper, index) => record(paper, index + 1) with
        {
            Source = new SourceRef(file, shape, index + 1),
        })], []);
}
