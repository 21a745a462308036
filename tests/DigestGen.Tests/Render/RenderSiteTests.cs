using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Output;
using SkiaSharp;

namespace DigestGen.Tests.Render;

public sealed class RenderSiteTests
{
    private static readonly HtmlParser Parser = new();
    private static MemoryOutputSink Site => RenderedSite.CorpusSite;

    [Fact]
    public void Renders_every_page_kind_at_its_stable_url()
    {
        var digest = CorpusDigest.Build();
        var visible = digest.Papers.ToList();
        string[] fixedPages = ["index.html", "papers/index.html", "authors/index.html", "topics/index.html", "days/index.html",
            "search/index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "og/home.png", "assets/css/site.css"];
        Assert.All(fixedPages, path => Assert.True(Site.Files.ContainsKey(path), path));
        Assert.All(visible, paper => Assert.True(Site.Files.ContainsKey($"papers/{paper.Id}/index.html"), paper.Id));
        Assert.True(Site.Files.ContainsKey("authors/yichi-zhang/index.html"));
        Assert.True(Site.Files.ContainsKey("topics/vision/index.html"));
        Assert.True(Site.Files.ContainsKey("topics/vision/feed.xml"));
        Assert.True(Site.Files.ContainsKey("og/topics/vision.png"));
        Assert.True(Site.Files.ContainsKey("days/2024-05-24/index.html"));
        Assert.Empty(RenderedSite.CorpusResult.Problems);
    }

    // The all-papers listing is numbered from the oldest page but lists newest first: its page links run the same way
    // as its papers and its "← Newer" / "Older →" links, so the page after the current one on the right is the older.
    [Fact]
    public void The_all_papers_pager_runs_newest_first_like_its_papers()
    {
        var digest = CorpusDigest.Build(trending: 400, arxiv: 250);
        // Without abstracts: this many arXiv records hold math KaTeX refuses, and no listing shows them.
        var (site, _) = RenderedSite.Render(digest with { Papers = [.. digest.Papers.Select(paper => paper with { Abstract = null })] });
        var listing = site.Files.Keys.Where(path => path == "papers/index.html" || path.StartsWith("papers/page/", StringComparison.Ordinal)).ToList();
        Assert.True(listing.Count >= 3, "the test needs three listing pages");
        foreach (var path in listing)
        {
            var pager = Parser.ParseDocument(site.ReadText(path)).QuerySelector("nav.pager")!;
            var links = pager.Children.Where(child => child.LocalName is "a" or "span" && !child.ClassList.Contains("of")).ToList();
            var numbers = links.Where(link => int.TryParse(link.TextContent, out _)).Select(link => int.Parse(link.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.OrderDescending(), numbers);
            var current = int.Parse(pager.QuerySelector("[aria-current=page]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var older = pager.QuerySelector("a[rel=next]");
            var newer = pager.QuerySelector("a[rel=prev]");
            Assert.Equal(current > 1, older is not null);
            Assert.True(older is null || (links[^1] == older && older.GetAttribute("href") == $"/papers/page/{current - 1}/"), path);
            Assert.True(newer is null || links[0] == newer, path);
        }
    }

    [Fact]
    public void Every_page_has_title_description_canonical_and_open_graph_tags()
    {
        foreach (var file in Site.Files.Values.Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Parser.ParseDocument(Site.ReadText(file.Path));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), file.Path);
            foreach (var selector in new[] { "meta[name=description]", "link[rel=canonical]", "meta[property='og:type']", "meta[property='og:title']", "meta[property='og:image']", "meta[property='og:url']" })
            {
                var element = document.QuerySelector(selector);
                Assert.True(element is not null, $"{file.Path} lacks {selector}");
                Assert.False(string.IsNullOrWhiteSpace(element!.GetAttribute("content") ?? element.GetAttribute("href")), $"{file.Path}: empty {selector}");
            }
        }
    }

    [Fact]
    public void The_frame_every_page_repeats_stays_small()
    {
        // 225,000 pages at 100,000 papers: every 100 bytes of layout outside <main> is 22 MB of a site Pages caps at 1 GB.
        // Measured under a project-site base URL, where canonical, og:url and og:image are absolute; it was 2.7 KB.
        var (site, _) = RenderedSite.Render(CorpusDigest.Build(), "https://example.github.io/digest/");
        var pages = site.Files.Values.Where(file => file.Path.StartsWith("papers/", StringComparison.Ordinal) && file.Path.EndsWith("/index.html", StringComparison.Ordinal) && file.Path.Count(c => c == '/') == 2).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = site.ReadText(page.Path);
            var frame = System.Text.Encoding.UTF8.GetByteCount(html[..html.IndexOf("<main", StringComparison.Ordinal)]) + System.Text.Encoding.UTF8.GetByteCount(html[html.IndexOf("</main>", StringComparison.Ordinal)..]);
            Assert.True(frame <= 2000, $"{page.Path}: {frame} bytes of layout outside <main>");
        }
    }

    [Fact]
    public void No_internal_link_or_asset_is_broken()
    {
        Assert.Empty(SiteLinks.Broken(Site));
    }

    [Fact]
    public void Hidden_papers_and_topics_get_no_page_and_no_link()
    {
        var hidden = CorpusDigest.HiddenPaperId();
        Assert.DoesNotContain(CorpusDigest.Build().Papers, paper => paper.Id == hidden);
        Assert.False(Site.Files.ContainsKey($"papers/{hidden}/index.html"));
        Assert.False(Site.Files.ContainsKey("topics/secret/index.html"));
        Assert.DoesNotContain(Site.Files.Values, file => file.Path.EndsWith(".html", StringComparison.Ordinal) &&
            (Site.ReadText(file.Path).Contains($"/papers/{hidden}/", StringComparison.Ordinal) || Site.ReadText(file.Path).Contains("/topics/secret/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Markup_and_template_syntax_in_titles_and_abstracts_render_as_text()
    {
        var digest = CorpusDigest.Build();
        var evil = digest.Papers[0] with
        {
            Title = "<script>alert('title')</script> {{ site.title }} & {% raw %}",
            Abstract = "We show <img src=x onerror=alert(1)> that {{ 1 + 1 }} and </p><script>x()</script> stay text, with $x^2$ math.",
            Authors = ["<b>Mallory</b>"],
        };
        var (sink, result) = RenderedSite.Render(digest with { Papers = [evil, .. digest.Papers.Skip(1)] });
        Assert.Empty(result.Problems);
        var html = sink.ReadText($"papers/{evil.Id}/index.html");
        var document = Parser.ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("main img, main b"));
        Assert.Equal("<script>alert('title')</script> {{ site.title }} & {% raw %}", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("{{ 1 + 1 }}", document.QuerySelector(".abstract")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>Mallory</b>", document.QuerySelector(".authors")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(sink.Files.Values, file => file.Path.EndsWith(".html", StringComparison.Ordinal) && sink.ReadText(file.Path).Contains("<script>alert", StringComparison.Ordinal));
        var feed = XDocument.Parse(sink.ReadText("feed.xml"));
        Assert.Contains(feed.Descendants(), element => element.Value == evil.Title);
    }

    [Fact]
    public void Base_url_with_a_path_prefixes_every_link_and_feeds_use_absolute_urls()
    {
        const string baseUrl = "https://example.github.io/digest/";
        var (sink, _) = RenderedSite.Render(CorpusDigest.Build(), baseUrl);
        Assert.Empty(SiteLinks.Broken(sink, baseUrl));
        var home = Parser.ParseDocument(sink.ReadText("index.html"));
        Assert.Equal(baseUrl, home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(baseUrl + "og/home.png", home.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("/digest/search/", home.QuerySelector("form[role=search]")!.GetAttribute("action"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(sink.ReadText("feed.xml"));
        Assert.All(feed.Descendants(atom + "entry").Select(entry => entry.Element(atom + "id")!.Value), id => Assert.StartsWith("tag:example.github.io,2026:/digest/papers/", id, StringComparison.Ordinal));
        Assert.All(feed.Descendants(atom + "entry").Select(entry => entry.Elements(atom + "link").First(link => (string?)link.Attribute("rel") == "alternate").Attribute("href")!.Value),
            url => Assert.StartsWith(baseUrl + "papers/", url, StringComparison.Ordinal));
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(sink.ReadText("sitemap.xml")).Descendants(sitemap + "loc").Select(loc => loc.Value).ToList();
        Assert.Contains(baseUrl, locations);
        Assert.All(locations, location => Assert.StartsWith(baseUrl, location, StringComparison.Ordinal));
        Assert.DoesNotContain(baseUrl + "404.html", locations);
        Assert.Contains($"Sitemap: {baseUrl}sitemap.xml", sink.ReadText("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var (again, _) = RenderedSite.Render(CorpusDigest.Build());
        Assert.Equal(Site.Files.Keys.Order(StringComparer.Ordinal), again.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(Site.Files.Values, file => Assert.True(file.Content.AsSpan().SequenceEqual(again.Files[file.Path].Content), file.Path));
    }

    [Fact]
    public void Paper_pages_weigh_under_30_kilobytes_of_html_and_css()
    {
        var pages = Site.Files.Values.Where(file => file.Path.StartsWith("papers/", StringComparison.Ordinal) && !file.Path.StartsWith("papers/page/", StringComparison.Ordinal) && file.Path != "papers/index.html").ToList();
        Assert.True(pages.Count > 50);
        foreach (var file in pages)
        {
            var stylesheets = Parser.ParseDocument(Site.ReadText(file.Path)).QuerySelectorAll("link[rel=stylesheet]")
                .Select(link => Site.Files[link.GetAttribute("href")!.Split('?')[0].TrimStart('/')].Content.Length);
            var weight = file.Content.Length + stylesheets.Sum();
            Assert.True(weight < 30 * 1024, $"{file.Path}: {weight} bytes of HTML+CSS");
        }
    }

    [Fact]
    public void Math_is_typeset_at_build_time_and_shown_as_tex_without_katex()
    {
        var digest = CorpusDigest.Build();
        var paper = digest.Papers.First(p => p.Abstract is { } text && text.Contains("$x", StringComparison.Ordinal) | (text?.Contains("$\\", StringComparison.Ordinal) ?? false));
        var html = Parser.ParseDocument(Site.ReadText($"papers/{paper.Id}/index.html"));
        Assert.NotEmpty(html.QuerySelectorAll(".abstract .katex math"));
        Assert.Empty(html.QuerySelectorAll(".abstract code.tex"));
        Assert.Null(html.QuerySelector("link[href*='katex.min.css']"));

        var (typeset, _) = RenderedSite.Render(digest, math: DigestGen.Render.MathOutput.Html);
        var styled = Parser.ParseDocument(typeset.ReadText($"papers/{paper.Id}/index.html"));
        Assert.NotEmpty(styled.QuerySelectorAll(".abstract .katex-html"));
        Assert.NotNull(styled.QuerySelector("link[href*='katex.min.css']"));
        Assert.Contains("assets/katex/fonts/KaTeX_Main-Regular.woff2", typeset.Files.Keys);
        Assert.Empty(SiteLinks.Broken(typeset));

        var (plain, result) = RenderedSite.Render(digest, withNode: false);
        var fallback = Parser.ParseDocument(plain.ReadText($"papers/{paper.Id}/index.html"));
        Assert.Empty(fallback.QuerySelectorAll(".katex"));
        Assert.NotEmpty(fallback.QuerySelectorAll(".abstract code.tex"));
        Assert.Null(fallback.QuerySelector("link[href*='katex.min.css']"));
        Assert.Contains(result.Notes, note => note.Contains("TeX source", StringComparison.Ordinal));
    }

    [Fact]
    public void Paper_page_shows_curation_and_survives_missing_optional_fields()
    {
        var digest = CorpusDigest.Build();
        var picked = digest.Papers.Single(paper => paper.Pinned);
        var page = Parser.ParseDocument(Site.ReadText($"papers/{picked.Id}/index.html"));
        Assert.Equal("strong", page.QuerySelector(".note p strong")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://github.com/example/repo", page.QuerySelector("a.badge.code")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".badge.edited"));
        Assert.Equal(["efficient", "multimodal"], page.QuerySelectorAll(".tags li").Select(li => li.TextContent));
        Assert.Equal(picked.Authors.Length, page.QuerySelectorAll(".authors a").Length);
        Assert.Contains(picked.Sources[0].File, page.QuerySelector(".sources")!.TextContent, StringComparison.Ordinal);
        // The override lines that set fields are sources too, named with what they set.
        var (edited, _) = RenderedSite.Render(digest with
        {
            Papers = [.. digest.Papers.Select(paper => paper.Id != picked.Id ? paper : paper with
            {
                FieldSources = paper.FieldSources.SetItem("authors", new SourceRef("overrides/pick.md", DumpShape.Override, 4)),
            })],
        });
        var editedSources = Parser.ParseDocument(edited.ReadText($"papers/{picked.Id}/index.html")).QuerySelectorAll(".sources li").Select(li => li.TextContent).ToList();
        Assert.Equal(picked.Sources.Length + 1, editedSources.Count);
        Assert.Equal("overrides/pick.md line 4, override: authors", editedSources[^1]);
        Assert.DoesNotContain(editedSources, source => source != editedSources[^1] && source.Contains("authors", StringComparison.Ordinal));

        var bare = new Paper { Id = "bare", Title = "A paper with nothing else" };
        var (sink, result) = RenderedSite.Render(new Digest(CorpusDigest.AsOf, [bare], [], []));
        Assert.Empty(result.Problems);
        var barePage = Parser.ParseDocument(sink.ReadText("papers/bare/index.html"));
        Assert.Null(barePage.QuerySelector(".related"));
        Assert.Equal("A paper with nothing else", barePage.QuerySelector("h1")!.TextContent);
        Assert.Empty(SiteLinks.Broken(sink));
    }

    [Fact]
    public void Home_lists_picks_first_then_trending_by_score()
    {
        var home = Parser.ParseDocument(Site.ReadText("index.html"));
        var picked = CorpusDigest.Build().Papers.Single(paper => paper.Pinned);
        Assert.Equal(picked.Title, home.QuerySelector(".picks .card-title")!.TextContent);
        var scores = home.QuerySelectorAll("#trending-heading ~ div .why")
            .Select(why => double.Parse(why.TextContent.Split(" = ")[^1], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Topics_index_draws_the_map_only_when_papers_have_map_points()
    {
        var withMap = Parser.ParseDocument(Site.ReadText("topics/index.html"));
        Assert.NotNull(withMap.QuerySelector("svg.chart-map title"));
        var digest = CorpusDigest.Build();
        var (sink, _) = RenderedSite.Render(digest with { Papers = [.. digest.Papers.Select(paper => paper with { MapPoint = null })] });
        Assert.Null(Parser.ParseDocument(sink.ReadText("topics/index.html")).QuerySelector("svg.chart-map"));
    }

    [Fact]
    public void Feeds_and_images_are_well_formed()
    {
        using var json = JsonDocument.Parse(Site.Files["feed.json"].Content);
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.True(json.RootElement.GetProperty("items").GetArrayLength() > 0);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.NotEmpty(XDocument.Parse(Site.ReadText("topics/vision/feed.xml")).Descendants(atom + "entry"));
        using var image = SKBitmap.Decode(Site.Files["og/home.png"].Content);
        Assert.Equal((1200, 630), (image.Width, image.Height));
    }

    [Fact]
    public void Charts_are_accessible_inline_svg()
    {
        var author = Parser.ParseDocument(Site.ReadText("authors/yichi-zhang/index.html"));
        var chart = author.QuerySelector("svg.chart[role=img]")!;
        var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("title", author.GetElementById(labelledBy[0])!.LocalName);
        Assert.Equal("desc", author.GetElementById(labelledBy[1])!.LocalName);
        Assert.Equal(["19", "15", "576", "52%", "56", "CL"], author.QuerySelectorAll(".stats dd").Select(dd => dd.TextContent));
    }
}
