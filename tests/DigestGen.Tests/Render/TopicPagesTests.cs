using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Render;

namespace DigestGen.Tests.Render;

/// <summary>A topic with more papers than one page holds (hundreds on a 100,000-paper site) continues on numbered pages.</summary>
public sealed class TopicPagesTests
{
    [Fact]
    public void A_topic_with_more_than_a_page_of_papers_lists_them_all_on_linked_pages()
    {
        var digest = CorpusDigest.Build(trending: 400, arxiv: 250);
        var papers = digest.Papers.Take((2 * ViewFactory.TopicPageSize) + 100).ToList();
        var topic = digest.Topics[0] with { PaperIds = [.. papers.Select(paper => paper.Id)] };
        var whole = digest with { Topics = [topic], Papers = [.. papers.Select(paper => paper with { TopicId = topic.Id })] };
        var count = whole.Papers.Length;
        Assert.InRange(count, (2 * ViewFactory.TopicPageSize) + 1, 3 * ViewFactory.TopicPageSize);
        var (site, result) = RenderedSite.Render(whole);
        Assert.DoesNotContain(result.Problems, problem => problem.Severity == Severity.Error);

        var parser = new HtmlParser();
        var pages = new[] { $"topics/{topic.Id}/index.html", $"topics/{topic.Id}/page/2/index.html", $"topics/{topic.Id}/page/3/index.html" }
            .Select(path => parser.ParseDocument(site.ReadText(path)))
            .ToList();
        Assert.False(site.Files.ContainsKey($"topics/{topic.Id}/page/4/index.html"));
        var listed = pages.SelectMany(page => page.QuerySelectorAll("[data-filterable] article.card h3 a")).Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal(count, listed.Count);
        Assert.Equal(count, listed.Distinct().Count());
        Assert.Equal(ViewFactory.TopicPageSize, pages[0].QuerySelectorAll("[data-filterable] article.card").Length);
        Assert.Equal($"/topics/{topic.Id}/page/2/", pages[0].QuerySelector("nav[aria-label='Pages of the topic, top'] a[rel=next]")?.GetAttribute("href"));
        Assert.Equal($"/topics/{topic.Id}/", pages[1].QuerySelector("nav[aria-label='Pages of the topic, bottom'] a[rel=prev]")?.GetAttribute("href"));
        Assert.Contains($"{(2 * ViewFactory.TopicPageSize) + 1}–{count} of {count}", pages[2].QuerySelector(".note-line")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pages[0].QuerySelector("#activity-heading"));
        Assert.Null(pages[1].QuerySelector("#activity-heading"));
        Assert.Contains($"{topic.Label}, page 2", pages[1].Title, StringComparison.Ordinal);
        Assert.Contains($"/topics/{topic.Id}/page/3/", site.ReadText("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(SiteLinks.Broken(site));
    }
}
