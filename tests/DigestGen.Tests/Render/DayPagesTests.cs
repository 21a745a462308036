using AngleSharp.Html.Parser;
using DigestGen.Render;

namespace DigestGen.Tests.Render;

/// <summary>A day with more papers than one page holds (the build day of a large site can have thousands) continues on numbered pages.</summary>
public sealed class DayPagesTests
{
    private static readonly DateOnly Busy = new(2024, 5, 20);

    [Fact]
    public void A_day_with_more_than_a_page_of_papers_is_split_into_linked_pages()
    {
        var digest = CorpusDigest.Build(trending: 400, arxiv: 250);
        var papers = digest.Papers.Select(paper => paper with { Date = Busy }).ToList();
        Assert.True(papers.Count > ViewFactory.DayPageSize, $"{papers.Count} papers");
        var (site, result) = RenderedSite.Render(digest with { Papers = [.. papers] });
        Assert.DoesNotContain(result.Problems, problem => problem.Severity == DigestGen.Model.Severity.Error);

        var parser = new HtmlParser();
        var first = parser.ParseDocument(site.ReadText("days/2024-05-20/index.html"));
        var second = parser.ParseDocument(site.ReadText("days/2024-05-20/page/2/index.html"));
        Assert.False(site.Files.ContainsKey("days/2024-05-20/page/3/index.html"));
        Assert.Equal(ViewFactory.DayPageSize, first.QuerySelectorAll("[data-filterable] article.card").Length);
        Assert.Equal(papers.Count - ViewFactory.DayPageSize, second.QuerySelectorAll("[data-filterable] article.card").Length);
        Assert.Equal("/days/2024-05-20/page/2/", first.QuerySelector("nav[aria-label='Pages of the day, top'] a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/days/2024-05-20/", second.QuerySelector("nav[aria-label='Pages of the day, top'] a[rel=prev]")?.GetAttribute("href"));
        Assert.Contains($"1–{ViewFactory.DayPageSize} of {papers.Count} papers", first.QuerySelector(".page-head .facts")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(SiteLinks.Broken(site));
    }
}
