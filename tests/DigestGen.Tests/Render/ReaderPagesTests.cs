using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Tests.Render;

/// <summary>What a reader checks first: why a paper trends, where the paper and code are, and which day it is.</summary>
public sealed class ReaderPagesTests
{
    private static readonly HtmlParser Parser = new();
    private static MemoryOutputSink Site => RenderedSite.CorpusSite;

    private static AngleSharp.Html.Dom.IHtmlDocument Page(MemoryOutputSink site, string path) => Parser.ParseDocument(site.ReadText(path));

    [Fact]
    public void Trending_cards_say_why_and_link_the_published_formula()
    {
        var home = Page(Site, "index.html");
        var whys = home.QuerySelectorAll("#trending-heading ~ div .why");
        Assert.NotEmpty(whys);
        Assert.All(whys, why => Assert.Equal("/about/ranking/", why.QuerySelector("a")!.GetAttribute("href")));
        var top = CorpusDigest.Build().Papers.Where(paper => !paper.Pinned && paper.Trending!.IsTrending)
            .OrderByDescending(paper => paper.Trending!.Total).First();
        Assert.Equal(top.Title, home.QuerySelector("#trending-heading ~ div .card-title")!.TextContent);
        Assert.EndsWith($" = {top.Trending!.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)}", whys[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ranking_page_lists_every_factor_and_works_an_example_from_the_digest()
    {
        var page = Page(Site, "about/ranking/index.html");
        Assert.Equal(["Listed rank", "Reader score", "Recency", "Listings", "Code", "Editor's pick"],
            page.QuerySelectorAll("#formula-heading ~ div tbody th").Select(cell => cell.TextContent));
        var example = CorpusDigest.Build().Papers.Where(paper => paper.Trending!.IsTrending)
            .OrderByDescending(paper => paper.Trending!.Total).ThenByDescending(paper => paper.Day).ThenBy(paper => paper.Id, StringComparer.Ordinal).First();
        Assert.Equal(example.Title, page.QuerySelector("#example-heading + p a")!.TextContent);
        Assert.Equal(example.Trending!.Parts.Length, page.QuerySelectorAll("#example-heading ~ div tbody tr").Length);
        Assert.Equal(example.Trending.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#example-heading ~ div tfoot .num")!.TextContent);
    }

    [Fact]
    public void Paper_pages_link_out_to_the_paper_and_its_code_and_turn_abstract_urls_into_links()
    {
        var digest = CorpusDigest.Build();
        var pinned = digest.Papers.Single(paper => paper.Pinned);
        var page = Page(Site, $"papers/{pinned.Id}/index.html");
        var links = page.QuerySelectorAll(".links-out a").Select(link => (link.TextContent, link.GetAttribute("href"))).ToList();
        Assert.Equal([("Find on arXiv", pinned.Links!.PaperUrl)], links);
        var code = Assert.Single(page.QuerySelectorAll(".paper-head a.code"));
        Assert.Equal(("Code", "https://github.com/example/repo"), (code.TextContent, code.GetAttribute("href")));
        var flagged = digest.Papers.First(paper => paper.Links!.CodeIsSearch);
        var search = Assert.Single(Page(Site, $"papers/{flagged.Id}/index.html").QuerySelectorAll(".paper-head a.code"));
        Assert.Equal(("Find code", flagged.Links!.CodeUrl), (search.TextContent, search.GetAttribute("href")));

        var paper = digest.Papers.First(paper => !paper.Pinned) with
        {
            Abstract = "Code at https://github.com/a/b. Not a link: javascript:alert(1), data:text/html,x or ftp://x.test/y.",
        };
        var (sink, _) = RenderedSite.Render(digest with { Papers = digest.Papers.Replace(digest.Papers.First(other => other.Id == paper.Id), paper) });
        var anchors = Page(sink, $"papers/{paper.Id}/index.html").QuerySelectorAll(".abstract a");
        var anchor = Assert.Single(anchors);
        Assert.Equal("https://github.com/a/b", anchor.GetAttribute("href"));
        Assert.Equal("nofollow noopener", anchor.GetAttribute("rel"));
    }

    [Fact]
    public void Home_says_when_its_newest_papers_are_older_than_the_as_of_day()
    {
        var digest = CorpusDigest.Build();
        var stale = Page(RenderedSite.Render(digest with { AsOf = digest.AsOf.AddDays(40) }).Sink, "index.html");
        var latest = digest.Papers.Where(paper => paper.Day <= digest.AsOf.AddDays(40)).Max(paper => paper.Day)!.Value;
        Assert.Equal($"No new papers since {latest.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)}.", stale.QuerySelector(".stale")!.TextContent);
        Assert.Equal("No papers in the 30 days up to " + digest.AsOf.AddDays(40).ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture) + ".",
            stale.QuerySelector("#new-heading ~ .empty")!.TextContent);
        Assert.DoesNotContain("in the last 30 days", stale.QuerySelector(".topic-list")!.TextContent, StringComparison.Ordinal);

        var current = Page(Site, "index.html");
        Assert.Null(current.QuerySelector(".stale"));
        Assert.Contains("in the last 30 days", current.QuerySelector(".topic-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_page_has_one_search_box_and_every_other_page_has_the_header_one()
    {
        Assert.Single(Page(Site, "search/index.html").QuerySelectorAll("[role=search]"));
        Assert.Single(Page(Site, "index.html").QuerySelectorAll("[role=search]"));
    }

    [Fact]
    public void Counts_of_one_are_singular_and_profile_stats_are_explained()
    {
        var digest = CorpusDigest.Build();
        var lonely = digest.Papers.First() with { Date = new DateOnly(2020, 2, 2) };
        var (sink, _) = RenderedSite.Render(digest with { Papers = digest.Papers.Replace(digest.Papers.First(paper => paper.Id == lonely.Id), lonely) });
        Assert.Equal("1 paper", Page(sink, "days/2020-02-02/index.html").QuerySelector(".page-head .facts")!.TextContent);

        var notes = Page(Site, "authors/yichi-zhang/index.html").QuerySelectorAll(".stats-notes li").Select(note => note.TextContent).ToList();
        Assert.Contains(notes, note => note.StartsWith("Novelty: ", StringComparison.Ordinal));
        Assert.Contains(notes, note => note.StartsWith("AI score: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Listings_carry_what_the_reader_filters_need_and_stay_complete_without_javascript()
    {
        var home = Page(Site, "index.html");
        Assert.NotEmpty(home.QuerySelectorAll("[data-filterable] [data-filter-item][data-topic]"));
        Assert.Contains(home.QuerySelectorAll("script"), script => script.GetAttribute("src")!.StartsWith("/assets/js/filters.js", StringComparison.Ordinal));
        Assert.Null(home.QuerySelector(".filters, .hidden-note"));
        Assert.NotEmpty(Page(Site, "topics/vision/index.html").QuerySelectorAll("[data-filterable] [data-filter-item]"));
        Assert.NotEmpty(Page(Site, "days/2024-05-24/index.html").QuerySelectorAll("[data-filterable] [data-filter-item]"));
    }
}
