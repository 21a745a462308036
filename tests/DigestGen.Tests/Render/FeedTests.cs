using System.Xml.Linq;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Rank;
using DigestGen.Render;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static IEnumerable<string> AtomFeeds(MemoryOutputSink site) => site.Files.Keys.Where(path => path.EndsWith("feed.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_atom_feed_follows_the_atom_rules_with_and_without_a_base_url()
    {
        var bare = RenderedSite.CorpusSite;
        Assert.Contains("topics/vision/feed.xml", AtomFeeds(bare));
        Assert.All(AtomFeeds(bare), feed => Assert.Empty(AtomRules.Violations(bare.ReadText(feed), requireAbsoluteLinks: false)));

        var (hosted, _) = RenderedSite.Render(CorpusDigest.Build(), "https://example.github.io/digest/");
        Assert.All(AtomFeeds(hosted), feed => Assert.Empty(AtomRules.Violations(hosted.ReadText(feed), requireAbsoluteLinks: true)));
    }

    [Fact]
    public void The_oracle_catches_what_made_the_old_feeds_invalid()
    {
        const string relativeIdsNoAuthor = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>/</id><updated>2026-11-23</updated>
            <entry><title>x</title><id>/papers/x/</id><updated>2026-11-23T00:00:00Z</updated><link rel="alternate" href="/papers/x/"/></entry></feed>
            """;
        var problems = AtomRules.Violations(relativeIdsNoAuthor, requireAbsoluteLinks: true);
        Assert.Contains(problems, problem => problem.Contains("'/' is not an absolute IRI", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'/papers/x/' is not an absolute IRI", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("no author", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("RFC 3339", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("rel=self", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("link '/papers/x/' is not absolute", StringComparison.Ordinal));
    }

    [Fact]
    public void Entry_ids_are_tag_uris_and_dates_are_the_papers_own_or_first_seen_never_the_build_day()
    {
        var digest = CorpusDigest.Build();
        var feed = XDocument.Parse(RenderedSite.CorpusSite.ReadText("feed.xml")).Root!;
        Assert.Equal("tag:digestgen,2026:/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("DigestGen", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith("tag:digestgen,2026:/papers/", id, StringComparison.Ordinal);
            var paper = digest.Papers.Single(paper => id == $"tag:digestgen,2026:/papers/{paper.Id}/");
            Assert.Equal($"{(paper.Date ?? paper.FirstSeen)!.Value:yyyy-MM-dd}T00:00:00Z", entry.Element(Atom + "updated")!.Value);
            Assert.Contains(entry.Elements(Atom + "link"), link => (string?)link.Attribute("rel") == "related" && link.Attribute("href")!.Value == paper.Links!.PaperUrl);
        }

        var newest = feed.Elements(Atom + "entry").Max(entry => entry.Element(Atom + "updated")!.Value);
        Assert.Equal(newest, feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Rebuilding_the_same_papers_on_a_later_day_leaves_every_feed_byte_identical()
    {
        var digest = CorpusDigest.Build();
        var nextWeek = digest with { AsOf = digest.AsOf.AddDays(7) };
        var (later, _) = RenderedSite.Render(nextWeek);
        Assert.All(AtomFeeds(RenderedSite.CorpusSite).Append("feed.json"), feed =>
            Assert.True(RenderedSite.CorpusSite.Files[feed].Content.AsSpan().SequenceEqual(later.Files[feed].Content), feed));
    }

    [Fact]
    public void Authors_with_three_or_more_papers_get_an_atom_feed_linked_from_their_page()
    {
        var digest = CorpusDigest.Build();
        var site = RenderedSite.CorpusSite;
        var counts = digest.Papers.SelectMany(paper => paper.AuthorIds.Distinct()).CountBy(id => id).ToDictionary();
        Assert.Contains(counts, pair => pair.Value >= 3);
        foreach (var (author, papers) in counts)
        {
            Assert.Equal(papers >= 3, site.Files.ContainsKey($"authors/{author}/feed.xml"));
        }

        var prolific = counts.First(pair => pair.Value >= 3).Key;
        Assert.Contains($"href=\"/authors/{prolific}/feed.xml\"", site.ReadText($"authors/{prolific}/index.html"), StringComparison.Ordinal);
        Assert.Equal(counts[prolific], XDocument.Parse(site.ReadText($"authors/{prolific}/feed.xml")).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void Author_feeds_carry_the_start_of_each_abstract_and_the_site_feed_all_of_it()
    {
        var site = RenderedSite.CorpusSite;
        string[] Summaries(string feed) => [.. XDocument.Parse(site.ReadText(feed)).Root!.Descendants(Atom + "summary").Select(summary => summary.Value)];
        var authorSummaries = AtomFeeds(site).Where(feed => feed.StartsWith("authors/", StringComparison.Ordinal)).SelectMany(Summaries).ToList();

        Assert.NotEmpty(authorSummaries);
        Assert.All(authorSummaries, summary => Assert.True(summary.Length <= RenderSite.FeedSummaryLength, summary));
        Assert.Contains(authorSummaries, summary => summary.EndsWith('…'));
        Assert.Contains(Summaries("feed.xml"), summary => summary.Length > RenderSite.FeedSummaryLength);
    }

    [Fact]
    public void An_entry_without_authors_is_valid_thanks_to_the_feed_author()
    {
        var digest = CorpusDigest.Build();
        var anonymous = digest with { Papers = [.. digest.Papers.Select(paper => paper with { Authors = [], AuthorIds = [] })] };
        var (site, _) = RenderedSite.Render(anonymous);
        Assert.All(AtomFeeds(site), feed => Assert.Empty(AtomRules.Violations(site.ReadText(feed), requireAbsoluteLinks: false)));
        Assert.Empty(XDocument.Parse(site.ReadText("feed.xml")).Descendants(Atom + "entry").Elements(Atom + "author"));
    }

    [Fact]
    public void A_paper_first_seen_earlier_keeps_that_day_in_feeds_and_on_day_pages()
    {
        var digest = CorpusDigest.Build();
        var undated = digest.Papers.First(paper => paper.Date != digest.AsOf.AddDays(-1)) with { Date = null };
        var seen = digest.AsOf.AddDays(-1);
        var history = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(undated.Id, seen)]);
        var ranked = StageRecords.Rank(digest with { Papers = digest.Papers.Replace(digest.Papers.Single(paper => paper.Id == undated.Id), undated) }, history);
        var (site, _) = RenderedSite.Render(ranked);
        var dayPage = site.ReadText($"days/{seen:yyyy-MM-dd}/index.html");
        Assert.Contains($"/papers/{undated.Id}/", dayPage, StringComparison.Ordinal);
        Assert.Contains($"Seen {Display.Date(seen)}", site.ReadText($"papers/{undated.Id}/index.html"), StringComparison.Ordinal);
        var entry = XDocument.Parse(site.ReadText("feed.xml")).Root!.Elements(Atom + "entry").Single(entry => entry.Element(Atom + "id")!.Value.EndsWith($"/papers/{undated.Id}/", StringComparison.Ordinal));
        Assert.Equal($"{seen:yyyy-MM-dd}T00:00:00Z", entry.Element(Atom + "updated")!.Value);
    }
}
