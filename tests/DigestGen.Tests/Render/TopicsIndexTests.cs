using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Render;

namespace DigestGen.Tests.Render;

public sealed class TopicsIndexTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Areas_list_their_topics_and_the_map_legend_names_each_area_with_its_own_mark()
    {
        var digest = WithAreas(CorpusDigest.Build());
        var (sink, result) = RenderedSite.Render(digest);
        var page = Parser.ParseDocument(sink.ReadText("topics/index.html"));

        Assert.Empty(result.Problems);
        Assert.Empty(SiteLinks.Broken(sink));
        foreach (var area in digest.Topics.Where(topic => !topic.Hidden).GroupBy(topic => topic.Area!))
        {
            var section = page.QuerySelector($"section#area-{area.Key.Id}");
            Assert.NotNull(section);
            Assert.Contains(area.Key.Label, section!.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(area.Select(topic => $"/topics/{topic.Id}/").Order(StringComparer.Ordinal), section.QuerySelectorAll(".topic-card a").Select(link => link.GetAttribute("href")!).Order(StringComparer.Ordinal));
        }

        var legend = page.QuerySelectorAll(".map-legend li");
        Assert.Equal(["/topics/#area-computing", "/topics/#area-learning"], legend.Select(entry => entry.QuerySelector("a")!.GetAttribute("href")).Order(StringComparer.Ordinal));
        var marks = legend.Select(entry => entry.QuerySelector(".mark")!).Select(mark => (mark.LocalName, mark.GetAttribute("class"))).ToList();
        Assert.Equal(marks.Count, marks.Distinct().Count());
    }

    [Fact]
    public void A_topic_page_names_its_area_and_links_to_it_on_the_topics_index()
    {
        var digest = WithAreas(CorpusDigest.Build());
        var topic = digest.Topics.First(topic => !topic.Hidden);

        var (sink, _) = RenderedSite.Render(digest);
        var link = Parser.ParseDocument(sink.ReadText($"topics/{topic.Id}/index.html")).QuerySelector(".page-head .eyebrow a");

        Assert.NotNull(link);
        Assert.Equal(topic.Area!.Label, link!.TextContent);
        Assert.Equal($"/topics/#area-{topic.Area.Id}", link.GetAttribute("href"));
    }

    [Fact]
    public void Every_paper_is_on_the_map_even_without_a_topic()
    {
        var digest = CorpusDigest.Build();
        var hiddenTopic = digest.Topics[0];
        // As the join leaves papers whose topic an editor hid.
        digest = digest with
        {
            Papers = [.. digest.Papers.Select(paper => paper.TopicId == hiddenTopic.Id ? paper with { TopicId = null } : paper)],
            Topics = digest.Topics.Remove(hiddenTopic),
        };

        var (sink, _) = RenderedSite.Render(digest);
        var page = Parser.ParseDocument(sink.ReadText("topics/index.html"));

        var visible = digest.Papers.Count(paper => paper.MapPoint is not null);
        Assert.Equal(visible, page.QuerySelectorAll("svg.chart-map .mark").Length);
        var withoutTopic = digest.Papers.Count(paper => paper.TopicId is null);
        Assert.Equal(withoutTopic, page.QuerySelectorAll("svg.chart-map .mark.t-none").Length);
        Assert.Contains(page.QuerySelectorAll(".map-legend li"), entry => entry.TextContent.Contains($"No topic {withoutTopic}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_of_fewer_than_three_papers_is_never_a_hot_topic()
    {
        var digest = CorpusDigest.Build();
        var newest = digest.Papers.OrderByDescending(paper => paper.Date).Take(2).Select(paper => paper.Id).ToHashSet();
        var tiny = new Topic("tiny", "Tiny topic", [], null, [.. newest]);
        digest = digest with
        {
            Papers = [.. digest.Papers.Select(paper => newest.Contains(paper.Id) ? paper with { TopicId = "tiny" } : paper)],
            Topics = [.. digest.Topics.Select(topic => topic with { PaperIds = [.. topic.PaperIds.Where(id => !newest.Contains(id))] }), tiny],
        };

        var (sink, _) = RenderedSite.Render(digest);

        Assert.True(sink.Files.ContainsKey("topics/tiny/index.html"));
        Assert.DoesNotContain("/topics/tiny/", Parser.ParseDocument(sink.ReadText("index.html")).QuerySelector("#topics-heading")!.ParentElement!.InnerHtml, StringComparison.Ordinal);
    }

    // Marks are placed by area id, not size: an area that shrinks below another overnight keeps its colour on the map
    // and on its topics' pages, which therefore stay as they were.
    [Fact]
    public void An_area_that_becomes_the_smaller_keeps_its_colour()
    {
        var digest = WithAreas(CorpusDigest.Build());
        var index = new SiteIndex(digest);
        var before = AreaSizes(digest);
        var (larger, smaller) = before["learning"] > before["computing"] ? ("learning", "computing") : ("computing", "learning");
        // Keep the larger area's smallest topic, drop the papers of its others: it ends up the smaller area.
        var kept = index.Topics.Where(topic => topic.Area!.Id == larger).MinBy(topic => topic.PaperIds.Length)!;
        var dropped = index.Topics.Where(topic => topic.Area!.Id == larger && topic != kept).SelectMany(topic => topic.PaperIds).ToHashSet(StringComparer.Ordinal);
        var shrunk = digest with { Papers = [.. digest.Papers.Where(paper => !dropped.Contains(paper.Id))] };
        var after = AreaSizes(shrunk);
        Assert.True(after[larger] < after[smaller], "the test needs the areas' order to flip");

        var first = RenderedSite.Render(digest).Sink;
        var second = RenderedSite.Render(shrunk).Sink;

        foreach (var topic in index.Topics.Where(topic => !topic.PaperIds.Any(dropped.Contains)))
        {
            var path = $"topics/{topic.Id}/index.html";
            Assert.Equal(HeadClass(first.ReadText(path)), HeadClass(second.ReadText(path)));
        }

        Assert.Equal(LegendMark(first.ReadText("topics/index.html"), larger), LegendMark(second.ReadText("topics/index.html"), larger));
    }

    private static string? HeadClass(string html) => Parser.ParseDocument(html).QuerySelector("header.page-head")!.GetAttribute("class");

    private static string? LegendMark(string html, string area) => Parser.ParseDocument(html).QuerySelectorAll(".map-legend li")
        .Single(entry => entry.QuerySelector("a")!.GetAttribute("href") == $"/topics/#area-{area}").QuerySelector(".mark")!.GetAttribute("class");

    /// <summary>Visible papers per area, by area id.</summary>
    private static Dictionary<string, int> AreaSizes(Digest digest)
    {
        var index = new SiteIndex(digest);
        return index.Topics.GroupBy(topic => topic.Area!.Id)
            .ToDictionary(area => area.Key, area => area.Sum(topic => index.PapersByTopic[topic.Id].Length), StringComparer.Ordinal);
    }

    /// <summary>The corpus digest's topics split into two areas, as compute would place them.</summary>
    private static Digest WithAreas(Digest digest)
    {
        var visible = digest.Topics.Where(topic => !topic.Hidden).ToList();
        var learning = new TopicArea("learning", "Machine learning");
        var computing = new TopicArea("computing", "Computing");
        return digest with { Topics = [.. digest.Topics.Select(topic => topic with { Area = visible.IndexOf(topic) % 2 == 0 ? learning : computing })] };
    }
}
