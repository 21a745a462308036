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
}
