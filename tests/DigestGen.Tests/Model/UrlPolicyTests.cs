using DigestGen.Model;

namespace DigestGen.Tests.Model;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://github.com/a/b")]
    [InlineData("HTTP://example.org/x?y=1#z")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("/papers/other/")]
    [InlineData("../topics/vision/")]
    [InlineData("#abstract")]
    [InlineData("?page=2")]
    [InlineData("papers/x/")]
    [InlineData("")]
    [InlineData(null)]
    public void Allows_http_https_mailto_and_relative_addresses(string? url)
    {
        Assert.True(UrlPolicy.IsSafe(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("&#x6A;avascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("&amp;#106;avascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("java\u200Bscript:alert(1)")]
    public void Refuses_other_schemes_however_disguised(string url)
    {
        Assert.False(UrlPolicy.IsSafe(url));
        Assert.Null(UrlPolicy.SafeOrNull(url));
    }

    [Theory]
    [InlineData("https://github.com/owner/repo", "https://github.com/owner/repo")]
    [InlineData(" https://github.com/owner/repo ", "https://github.com/owner/repo")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://localhost/x", null)]
    [InlineData("/relative/only", null)]
    [InlineData("mailto:a@b.org", null)]
    public void A_web_address_is_absolute_http_or_https_with_a_host(string text, string? expected)
    {
        Assert.Equal(expected, UrlPolicy.WebAddress(text));
    }
}
