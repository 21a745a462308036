using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Render.Text;

namespace DigestGen.Tests.Render;

public sealed class EditorMarkdownTests
{
    [Fact]
    public void Renders_markdown_and_shows_raw_html_as_text()
    {
        var html = EditorMarkdown.ToHtml("A **must read**. <script>alert(1)</script>");
        Assert.Equal("<p>A <strong>must read</strong>. &lt;script&gt;alert(1)&lt;/script&gt;</p>", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "href=\"#\"")]
    [InlineData("[x](data:text/html,hi)", "href=\"#\"")]
    [InlineData("[x](//evil.example/)", "href=\"#\"")]
    [InlineData("[x](https://github.com/a/b)", "href=\"https://github.com/a/b\"")]
    [InlineData("[x](/papers/other/)", "href=\"/papers/other/\"")]
    public void Links_are_limited_to_safe_schemes(string markdown, string expected)
    {
        Assert.Contains(expected, EditorMarkdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JaVaScRiPt:alert(1)>")]
    [InlineData("<data:text/html,<script>alert(1)</script>>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[ref]\n\n[ref]: <javascript:alert(1)>")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("![img][pic]\n\n[pic]: data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">raw html</a>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("www.example.com/javascript:alert(1)")]
    public void No_link_or_image_of_a_note_has_an_unsafe_address(string markdown)
    {
        var html = EditorMarkdown.ToHtml(markdown);
        var fragment = new HtmlParser().ParseFragment(html, new HtmlParser().ParseDocument(string.Empty).Body!);
        var elements = fragment.SelectMany(node => node is AngleSharp.Dom.IElement element ? [element, .. element.QuerySelectorAll("*")] : Array.Empty<AngleSharp.Dom.IElement>()).ToList();
        Assert.All(elements, element => Assert.All(element.Attributes.Where(attribute => attribute.Name is "href" or "src"),
            attribute => Assert.True(UrlPolicy.IsSafe(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\" in {html}")));
        Assert.DoesNotContain(elements, element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("<https://github.com/a/b>", "href=\"https://github.com/a/b\"")]
    [InlineData("<editor@example.org>", "href=\"mailto:editor@example.org\"")]
    [InlineData("[x][ref]\n\n[ref]: https://example.org/r", "href=\"https://example.org/r\"")]
    [InlineData("![chart](/assets/chart.png)", "src=\"/assets/chart.png\"")]
    public void Safe_autolinks_reference_links_and_images_keep_their_address(string markdown, string expected)
    {
        Assert.Contains(expected, EditorMarkdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">", 300)]
    [InlineData("- ", 300)]
    [InlineData("[", 20_000)]
    [InlineData("1. ", 300)]
    public void A_note_nested_too_deeply_is_shown_as_escaped_text(string opener, int times)
    {
        var note = string.Concat(Enumerable.Repeat(opener, times)) + " <script>x()</script> the end";

        var (html, asMarkdown) = EditorMarkdown.Render(note);

        Assert.False(asMarkdown);
        Assert.StartsWith("<p class=\"note-text\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x()&lt;/script&gt; the end</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_ordinary_note_is_still_markdown()
    {
        var note = string.Join("\n\n", Enumerable.Range(1, 2_000).Select(i => $"Paragraph {i} with **bold** and a [link](https://example.org/{i})."));

        var (html, asMarkdown) = EditorMarkdown.Render(note);

        Assert.True(asMarkdown);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
    }
}
