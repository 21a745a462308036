using System.Text;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>
/// Real corpus records rendered into each dump shape by <see cref="CorpusDumpWriter"/> and parsed back: every field
/// the shape shows must come back as the record had it.
/// </summary>
public sealed class CorpusRoundTripTests
{
    /// <summary>Later than every corpus date, so a yearless date in the as-of year is never in the future.</summary>
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Lazy<IReadOnlyList<CorpusRecord>> Papers = new(() =>
        [.. Take("hf-daily", 400), .. Take("arxiv-meta", 400)]);

    [Fact]
    public void Paper_feed_gives_back_every_field_and_splits_titles_from_authors()
    {
        var papers = Papers.Value;
        var dump = Parse(CorpusDumpWriter.PaperFeed(papers, AsOf.Year), DumpShape.PaperFeed, papers.Count);

        var missplit = new List<string>();
        foreach (var (paper, record) in papers.Zip(dump.Records))
        {
            Assert.Equal(paper.Abstract, record.Abstract);
            Assert.Equal(paper.Date, record.Date);
            Assert.Equal(CorpusDumpWriter.Category(paper), record.Category);
            Assert.Equal(paper.Score, record.Score);
            Assert.Equal(paper.CodeUrl is not null, record.HasCode);
            Assert.Equal(CorpusDumpWriter.OrgTag(paper), record.Org is null ? "" : " · " + record.Org);
            Assert.Equal(paper.Authors.Length > CorpusDumpWriter.ShownAuthors, record.AuthorsTruncated);
            if (record.Title != paper.Title || !record.Authors.SequenceEqual(paper.Authors.Take(CorpusDumpWriter.ShownAuthors)))
            {
                missplit.Add($"{paper.Title} | {CorpusDumpWriter.ShownAuthorList(paper)}  →  {record.Title} | {string.Join(", ", record.Authors)}");
            }
        }

        // Measured: 4 of these 800 real records split wrongly (9 before organisations and teams were read as authors):
        // names written in lower case ("ohaned Chraiti", "Bin jin") or with a stray capital ("Jiawei ZHang"), and a
        // title ending in a name-like word ("SECOnd"). Allow no more than that.
        Assert.True(missplit.Count <= 4, $"{missplit.Count} of {papers.Count} split wrongly:\n" + string.Join('\n', missplit));
    }

    [Fact]
    public void Profile_page_gives_back_stats_and_every_field()
    {
        var papers = Papers.Value;
        var stats = CorpusDumpWriter.ProfileStatsFor("Nikhil Ghosh", papers);
        var dump = Parse(CorpusDumpWriter.ProfilePage(stats, papers, AsOf.Year), DumpShape.ProfilePage, papers.Count);

        Assert.Equal(stats, dump.Profile);
        foreach (var (paper, record) in papers.Zip(dump.Records))
        {
            Assert.Equal(paper.Title, record.Title);
            Assert.Equal(paper.Authors.Take(CorpusDumpWriter.ShownAuthors), record.Authors);
            Assert.Equal(paper.Authors.Length > CorpusDumpWriter.ShownAuthors, record.AuthorsTruncated);
            Assert.Equal(paper.Abstract, record.Abstract);
            Assert.Equal(paper.Date, record.Date);
            Assert.Equal(CorpusDumpWriter.Category(paper), record.Category);
            Assert.Equal(paper.Score, record.Score);
        }
    }

    [Fact]
    public void Trending_list_gives_back_titles_abstracts_and_ranks()
    {
        var papers = Papers.Value;
        var dump = Parse(CorpusDumpWriter.TrendingList(papers), DumpShape.TrendingList, papers.Count);

        Assert.Equal(papers.Select(paper => (paper.Title, paper.Abstract)), dump.Records.Select(record => (record.Title!, record.Abstract)));
        Assert.Equal(Enumerable.Range(1, papers.Count), dump.Records.Select(record => record.TrendingRank!.Value));
    }

    [Fact]
    public void Abstract_listing_gives_back_every_abstract_with_latex()
    {
        var papers = Papers.Value;
        var dump = Parse(CorpusDumpWriter.AbstractListing(papers), DumpShape.AbstractListing, papers.Count);

        Assert.Equal(papers.Select(paper => paper.Abstract), dump.Records.Select(record => record.Abstract));
        Assert.Contains(dump.Records, record => record.Abstract!.Contains('$', StringComparison.Ordinal));
    }

    [Fact]
    public void Publication_list_gives_back_venue_badges_titles_years_and_abstracts()
    {
        List<CorpusRecord> entries = [.. CorpusReader.ReadFile(RepoPaths.Corpus, "alfolio-yichi-zhang"), .. CorpusReader.ReadFile(RepoPaths.Corpus, "alfolio-yuzhang-shang")];
        var text = CorpusDumpWriter.PublicationList(entries);

        var dump = IngestDumps.Parse(new InputFile("publications.txt", Encoding.UTF8.GetBytes(text), null), AsOf);

        Assert.Equal(DumpShape.PublicationList, dump.Shape);
        Assert.Equal(entries.Count, dump.Records.Length);
        var byTitle = dump.Records.ToDictionary(record => record.Title!);
        foreach (var entry in entries)
        {
            var record = byTitle[entry.Title];
            Assert.Equal(entry.Venue is null ? "arXiv" : CorpusDumpWriter.VenueBadge(entry), record.Venue);
            Assert.Equal(entry.Date.Year, record.Year);
            Assert.Equal(string.IsNullOrEmpty(entry.Abstract) ? null : entry.Abstract, record.Abstract);
        }

        // Only the entries the corpus has no abstract for are reported.
        Assert.All(dump.Diagnostics, problem => Assert.Equal(DiagnosticCodes.RecordWithoutAbstract, problem.Code));
        Assert.Equal(entries.Count(entry => string.IsNullOrEmpty(entry.Abstract)), dump.Diagnostics.Length);
    }

    private static List<CorpusRecord> Take(string file, int count) =>
        [.. CorpusReader.ReadFile(RepoPaths.Corpus, file).Where(paper => !string.IsNullOrEmpty(paper.Abstract) && !paper.Authors.IsEmpty).Take(count)];

    private static ParsedDump Parse(string text, DumpShape shape, int count)
    {
        var dump = IngestDumps.Parse(new InputFile("corpus.txt", Encoding.UTF8.GetBytes(text), null), AsOf);
        Assert.Equal(shape, dump.Shape);
        Assert.Equal(count, dump.Records.Length);
        return dump;
    }
}
