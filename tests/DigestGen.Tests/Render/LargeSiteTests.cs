using System.Text.Json;
using System.Xml.Linq;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render;

namespace DigestGen.Tests.Render;

/// <summary>
/// What a large site leaves out (<see cref="ScaleLimits"/>), shown on the corpus digest with the threshold lowered below
/// its size: authors with one paper get no page or feed and no link, every other page kind stays, and the build says so once.
/// </summary>
public sealed class LargeSiteTests
{
    private static readonly ScaleLimits Large = new(LargeSitePapers: 10, LargeSiteAuthorPageMinPapers: 2, LargeSiteAuthorFeedMinPapers: 3);

    private static readonly Lazy<(MemoryOutputSink Sink, global::DigestGen.Render.RenderResult Result)> Rendered =
        new(() => RenderedSite.Render(CorpusDigest.Build(), scale: Large));

    private static MemoryOutputSink Site => Rendered.Value.Sink;

    private static Dictionary<string, int> PapersByAuthor() => CorpusDigest.Build().Papers
        .SelectMany(paper => paper.AuthorIds.Distinct(StringComparer.Ordinal))
        .CountBy(id => id, StringComparer.Ordinal)
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    [Fact]
    public void Authors_with_one_paper_get_no_page_and_no_feed_and_the_others_keep_theirs()
    {
        var counts = PapersByAuthor();
        Assert.Contains(counts.Values, count => count == 1);
        Assert.Contains(counts.Values, count => count >= 2);
        foreach (var (id, count) in counts)
        {
            Assert.Equal(count >= 2, Site.Files.ContainsKey($"authors/{id}/index.html"));
            Assert.Equal(count >= 3, Site.Files.ContainsKey($"authors/{id}/feed.xml"));
        }
    }

    [Fact]
    public void No_page_links_a_missing_author_page_and_the_sitemap_lists_only_pages_that_exist()
    {
        Assert.Empty(SiteLinks.Broken(Site));
        var sitemap = XDocument.Parse(Site.ReadText("sitemap.xml"));
        var pages = sitemap.Descendants().Where(element => element.Name.LocalName == "loc").Select(element => element.Value).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, url => Assert.True(Site.Files.ContainsKey(new global::DigestGen.Render.SiteUrls("/").OutputPath(url)), url));
    }

    [Fact]
    public void The_author_index_still_lists_every_author_and_links_a_one_paper_author_to_the_paper()
    {
        var counts = PapersByAuthor();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var rows = Site.Files.Keys
            .Where(path => path == "authors/index.html" || path.StartsWith("authors/page/", StringComparison.Ordinal))
            .SelectMany(path => parser.ParseDocument(Site.ReadText(path)).QuerySelectorAll("ol.people > li"))
            .ToList();
        Assert.Equal(counts.Count, rows.Count);

        var digest = CorpusDigest.Build();
        var single = digest.Authors.First(author => counts.GetValueOrDefault(author.Id) == 1);
        var paper = digest.Papers.First(paper => paper.AuthorIds.Contains(single.Id));
        var row = Assert.Single(rows, row => row.TextContent.StartsWith(single.Name + " ", StringComparison.Ordinal));
        Assert.Equal($"/papers/{paper.Id}/", Assert.Single(row.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Related_papers_are_three_titles_and_topic_and_day_pages_list_a_paper_a_line()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        List<AngleSharp.Html.Dom.IHtmlDocument> Pages(MemoryOutputSink site, string prefix) => [.. site.Files.Keys
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal))
            .Select(path => parser.ParseDocument(site.ReadText(path)))];
        int Count(MemoryOutputSink site, string prefix, string selector) => Pages(site, prefix).Sum(page => page.QuerySelectorAll(selector).Length);

        // Five related papers each, as compute finds on a site of real size.
        var digest = CorpusDigest.Build();
        var ids = digest.Papers.Select(paper => paper.Id).ToList();
        var related = digest with { Papers = [.. digest.Papers.Select((paper, i) => paper with { RelatedIds = [.. Enumerable.Range(1, 5).Select(step => ids[(i + step) % ids.Count])] })] };
        var (small, _) = RenderedSite.Render(related);
        var (large, _) = RenderedSite.Render(related, scale: Large);
        List<AngleSharp.Html.Dom.IHtmlDocument> PaperPages(MemoryOutputSink site) => [.. Pages(site, "papers/").Where(page => page.QuerySelector("article.paper") is not null)];
        Assert.Equal(ids.Count, PaperPages(large).Count);
        Assert.All(PaperPages(small), page => Assert.Equal(5, page.QuerySelectorAll("section.related li a").Length));
        Assert.True(Count(small, "papers/", "section.related li .byline") > 0);
        Assert.All(PaperPages(large), page => Assert.Equal(ViewFactory.LargeSiteRelatedPapers, page.QuerySelectorAll("section.related li a").Length));
        Assert.Equal(0, Count(large, "papers/", "section.related li .byline"));

        foreach (var prefix in new[] { "days/2", "topics/" })
        {
            Assert.True(Count(RenderedSite.CorpusSite, prefix, "[data-filterable] article.card .snippet") > 0, prefix);
            Assert.Equal(0, Count(Site, prefix, "article.card"));
            Assert.Equal(Count(RenderedSite.CorpusSite, prefix, "[data-filterable] article.card"), Count(Site, prefix, "[data-filterable] ol.compact > li"));
        }
    }

    [Fact]
    public void Paper_pages_have_no_description_and_other_pages_keep_theirs()
    {
        var paper = Site.Files.Keys.First(path => path.StartsWith("papers/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2);
        Assert.Contains("<meta name=\"description\"", RenderedSite.CorpusSite.ReadText(paper), StringComparison.Ordinal);
        Assert.DoesNotContain("<meta name=\"description\"", Site.ReadText(paper), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\"", Site.ReadText("topics/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_and_author_feeds_hold_the_newest_entries_with_the_start_of_each_abstract()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feeds = Site.Files.Keys.Where(path => path.EndsWith("/feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains(feeds, path => path.StartsWith("topics/", StringComparison.Ordinal));
        Assert.Contains(feeds, path => path.StartsWith("authors/", StringComparison.Ordinal));
        Assert.Contains(feeds, path => XDocument.Parse(RenderedSite.CorpusSite.ReadText(path)).Root!.Elements(atom + "entry").Count() > RenderSite.LargeSiteFeedSize);
        Assert.Contains(feeds, path => XDocument.Parse(RenderedSite.CorpusSite.ReadText(path)).Descendants(atom + "summary").Any(summary => summary.Value.Length > RenderSite.FeedSummaryLength));
        foreach (var feed in feeds)
        {
            var entries = XDocument.Parse(Site.ReadText(feed)).Root!.Elements(atom + "entry").ToList();
            Assert.InRange(entries.Count, 1, RenderSite.LargeSiteFeedSize);
            Assert.All(entries.Descendants(atom + "summary"), summary => Assert.True(summary.Value.Length <= RenderSite.FeedSummaryLength, feed));
        }
    }

    [Fact]
    public void Only_authors_with_a_feed_get_an_activity_chart()
    {
        var counts = PapersByAuthor();
        bool HasChart(MemoryOutputSink site, string id) => site.Files.ContainsKey($"authors/{id}/index.html")
            && site.ReadText($"authors/{id}/index.html").Contains("aria-labelledby=\"activity-heading\"", StringComparison.Ordinal);

        var chartedBelowFeed = counts.Where(pair => pair.Value == 2 && HasChart(RenderedSite.CorpusSite, pair.Key)).Select(pair => pair.Key).ToList();
        Assert.NotEmpty(chartedBelowFeed);
        Assert.All(chartedBelowFeed, id => Assert.False(HasChart(Site, id), id));
        Assert.Contains(counts, pair => pair.Value >= 3 && HasChart(Site, pair.Key));
    }

    [Fact]
    public void Every_page_kind_is_still_there()
    {
        string[] pages = ["index.html", "404.html", "search/index.html", "days/index.html", "topics/index.html", "authors/index.html",
            "papers/index.html", "about/ranking/index.html", "feed.xml", "feed.json", "sitemap.xml"];
        Assert.All(pages, path => Assert.True(Site.Files.ContainsKey(path), path));
        Assert.Contains(Site.Files.Keys, path => path.StartsWith("papers/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2);
        Assert.Contains(Site.Files.Keys, path => path.StartsWith("authors/", StringComparison.Ordinal) && path.EndsWith("/feed.xml", StringComparison.Ordinal));
        Assert.Contains(Site.Files.Keys, path => path.StartsWith("topics/", StringComparison.Ordinal) && path.EndsWith("/feed.xml", StringComparison.Ordinal));
        Assert.Contains(Site.Files.Keys, path => path.StartsWith("days/2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_says_once_what_the_large_site_leaves_out()
    {
        var note = Assert.Single(Rendered.Value.Result.Notes, line => line.StartsWith("large site", StringComparison.Ordinal));
        var withoutPage = PapersByAuthor().Values.Count(count => count == 1);
        Assert.Contains($"{withoutPage:N0} authors with fewer than 2 papers get no page", note, StringComparison.Ordinal);
        Assert.DoesNotContain(RenderedSite.CorpusResult.Notes, line => line.StartsWith("large site", StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_of_a_large_site_leaves_out_what_the_paper_pages_and_papers_json_already_say()
    {
        var digest = CorpusDigest.Build();
        (JsonElement Paper, JsonElement Author) First(ScaleLimits limits)
        {
            var sink = new MemoryOutputSink();
            DataExport.Run(digest, [], sink, limits);
            return (JsonDocument.Parse(sink.Files["data/papers.json"].Content).RootElement[0].Clone(),
                JsonDocument.Parse(sink.Files["data/authors.json"].Content).RootElement[0].Clone());
        }

        var whole = First(new ScaleLimits());
        var large = First(Large);
        Assert.All(ScaleLimits.LargeSiteDataOmits, field => Assert.True(whole.Paper.TryGetProperty(field, out _), field));
        Assert.All(ScaleLimits.LargeSiteDataOmits, field => Assert.False(large.Paper.TryGetProperty(field, out _), field));
        Assert.All(ScaleLimits.LargeSiteAuthorDataOmits, field => Assert.True(whole.Author.TryGetProperty(field, out _), field));
        Assert.All(ScaleLimits.LargeSiteAuthorDataOmits, field => Assert.False(large.Author.TryGetProperty(field, out _), field));
        Assert.Equal(whole.Paper.GetProperty("title").GetString(), large.Paper.GetProperty("title").GetString());
        Assert.Equal(whole.Paper.GetProperty("authorIds").GetRawText(), large.Paper.GetProperty("authorIds").GetRawText());
        Assert.Equal(whole.Author.GetProperty("name").GetString(), large.Author.GetProperty("name").GetString());

        // Null, false, zero and empty values are left out too: a missing field means that value.
        Assert.Equal(JsonValueKind.Null, whole.Paper.GetProperty("editorNote").ValueKind);
        Assert.Equal(JsonValueKind.False, whole.Paper.GetProperty("pinned").ValueKind);
        Assert.Equal(0, whole.Paper.GetProperty("tags").GetArrayLength());
        Assert.False(large.Paper.TryGetProperty("editorNote", out _));
        Assert.False(large.Paper.TryGetProperty("pinned", out _));
        Assert.False(large.Paper.TryGetProperty("tags", out _));
    }
}
