using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>
/// Whole pages compared with approved copies under Fixtures/Render/, pretty-printed so a diff shows what changed.
/// Asset version hashes are masked, so restyling the CSS does not touch these files.
/// </summary>
public sealed partial class GoldenPageTests
{
    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("papers/meteor-mamba-based-traversal-of-rationale-for-large-language/index.html", "paper.html")]
    [InlineData("papers/efficiently-realizing-interval-sequences/index.html", "paper-with-math.html")]
    [InlineData("authors/yichi-zhang/index.html", "author.html")]
    [InlineData("topics/vision/index.html", "topic.html")]
    public void Page_matches_the_approved_html(string page, string fixture)
    {
        GoldenFile.Verify(Path.Combine("Render", fixture), Normalise(RenderedSite.CorpusSite.ReadText(page)));
    }

    [Fact]
    public void Diff_helper_points_at_the_first_differing_line()
    {
        var diff = GoldenFile.Diff("a\nb\nc\nd", "a\nb\nX\nd");
        Assert.Contains("- 3: c", diff, StringComparison.Ordinal);
        Assert.Contains("+ 3: X", diff, StringComparison.Ordinal);
        Assert.Contains("  2: b", diff, StringComparison.Ordinal);
    }

    internal static string Normalise(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return AssetVersion().Replace(writer.ToString(), "?v=…") + "\n";
    }

    [GeneratedRegex(@"\?v=[0-9a-f]{10}")]
    private static partial Regex AssetVersion();
}
