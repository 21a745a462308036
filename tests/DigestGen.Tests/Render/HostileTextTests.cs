using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render.Feeds;
using DigestGen.Render.Pictures;
using DigestGen.Search;
using SkiaSharp;

namespace DigestGen.Tests.Render;

/// <summary>
/// Nothing downstream throws on text: a paper whose every text holds every control character, lone surrogates,
/// non-characters, bidi controls and a 10,000-letter word renders, indexes and exports, and every file parses.
/// </summary>
public sealed partial class HostileTextTests
{
    private static readonly string Controls = string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c));
    private static readonly string Bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F";
    private static readonly string LongWord = new('w', 10_000);
    private static readonly string Hostile = $"Evil {Controls} lone \uD800 and \uDC00 \uFFFE\uFFFF \U0001FFFF {Bidi}gnp.exe {LongWord} <b>&amp;</b> {{{{ site.title }}}}";

    private static Digest HostileDigest()
    {
        var seed = global::DigestGen.Tests.Search.SeedDigest.Load();
        var first = seed.Papers[0] with
        {
            Title = "Title " + Hostile,
            Abstract = "Abstract " + Hostile + " with $x^2$ math.",
            Authors = ["Author " + Hostile, "Ada Lovelace"],
            Venue = Hostile,
            Org = Hostile,
            Tags = [Hostile],
            EditorNote = "Note " + Hostile,
            TopicId = "hostile",
        };
        var topic = new Topic("hostile", "Topic " + Hostile, [Hostile], "Description " + Hostile, [first.Id]);
        return seed with { Papers = [first, .. seed.Papers.Skip(1)], Topics = [topic] };
    }

    [Fact]
    public void Every_page_feed_index_export_and_picture_parses()
    {
        var digest = HostileDigest();
        var (sink, result) = RenderedSite.Render(digest);
        BuildSearchIndex.Run(digest, sink);
        DataExport.Run(digest, [], sink);

        Assert.DoesNotContain(result.Problems, problem => problem.Severity == Severity.Error);
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        var checkedKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in sink.Files.Values)
        {
            var extension = Path.GetExtension(file.Path);
            switch (extension)
            {
                case ".html":
                    var html = sink.ReadText(file.Path);
                    Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
                    Assert.True(TextCharacters.IsClean(html), $"{file.Path} holds control or bidi characters");
                    Assert.NotNull(parser.ParseDocument(html).Body);
                    foreach (Match svg in InlineSvg().Matches(html))
                    {
                        new XmlDocument().LoadXml(svg.Value);
                    }

                    break;
                case ".xml":
                    new XmlDocument().Load(new MemoryStream(file.Content));
                    break;
                case ".json":
                    using (JsonDocument.Parse(file.Content))
                    {
                    }

                    break;
                case ".png":
                    using (var bitmap = SKBitmap.Decode(file.Content))
                    {
                        Assert.NotNull(bitmap);
                    }

                    break;
                default:
                    continue;
            }

            checkedKinds.Add(extension);
        }

        Assert.Equal([".html", ".json", ".png", ".xml"], checkedKinds.Order(StringComparer.Ordinal));
        var page = sink.ReadText($"papers/{digest.Papers[0].Id}/index.html");
        Assert.Contains("gnp.exe", page, StringComparison.Ordinal);
        Assert.Contains(LongWord, page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;amp;&lt;/b&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_and_charts_written_directly_take_any_string()
    {
        var entry = new FeedEntry("x", Hostile, "https://example.org/papers/x/", new DateOnly(2026, 1, 2), [Hostile], Hostile, Hostile);
        var channel = new FeedChannel(Hostile, "https://example.org/feed.xml", "https://example.org/", new DateOnly(2026, 1, 2), [entry]);

        new XmlDocument().Load(new MemoryStream(AtomFeed.Write(channel)));
        using (JsonDocument.Parse(JsonFeed.Write(channel)))
        {
        }

        new XmlDocument().LoadXml(SvgCharts.Bars("hostile", Hostile, Hostile, [new ChartBar(Hostile, 3, Hostile)], 120, SvgCharts.SideWidth));
        using var bitmap = SKBitmap.Decode(OpenGraphImage.Draw(Hostile, Hostile, [Hostile], Hostile));
        Assert.NotNull(bitmap);
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex InlineSvg();
}
