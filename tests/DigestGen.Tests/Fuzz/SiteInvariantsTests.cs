using DigestGen.Tests.Support;

namespace DigestGen.Tests.Fuzz;

/// <summary>The fuzz suite's judge must catch what it is there to catch: each broken rule is found, a sound page passes.</summary>
public sealed class SiteInvariantsTests : IDisposable
{

    private readonly TempFolder site = new();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:x")]
    public void Script_urls_are_unsafe_however_they_are_written(string url) => Assert.True(SiteInvariants.IsUnsafeUrl(url));

    [Theory]
    [InlineData("https://example.com/a:b")]
    [InlineData("HTTP://example.com")]
    [InlineData("mailto:a@example.com")]
    [InlineData("/papers/x/")]
    [InlineData("../x.html?q=javascript:alert(1)")]
    [InlineData("#top")]
    [InlineData("papers/a:b")]
    public void Web_mail_and_relative_urls_are_safe(string url) => Assert.False(SiteInvariants.IsUnsafeUrl(url));

    [Fact]
    public void A_sound_site_passes()
    {
        site.Write("index.html", Page("<a href=\"/papers/\">papers</a><img src=\"og/x.png\" alt=\"\">"));
        site.Write("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;a href=\"https://x.example\"&gt;x&lt;/a&gt;</content></entry></feed>");
        site.Write("data/papers.json", "[{\"codeUrl\":\"javascript:kept-as-data\"}]");

        Assert.Empty(SiteInvariants.Check(site.Path));
    }

    [Fact]
    public void Every_broken_rule_is_found_with_its_file()
    {
        site.Write("cut/index.html", Page("<p>long text")[..60]);
        site.Write("link/index.html", Page("<a href=\"&#106;avascript:alert(1)\">x</a>"));
        site.Write("image/index.html", Page("<img srcset=\"a.png 1x, javascript:alert(1) 2x\" alt=\"\">"));
        site.Write("feed.xml", "<feed><entry><content type=\"html\">&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;</content></entry></feed>");
        site.Write("topics/x/feed.xml", "<feed><title>cut");
        site.Write("feed.json", "{\"items\":[{\"url\":\"javascript:alert(1)\"}]}");
        site.Write("search/index.json", "{\"a\":\"\u0000\"}");
        site.Write(".cache/ignored.html", "not a page");

        var problems = SiteInvariants.Check(site.Path);

        Assert.Contains(problems, problem => problem.StartsWith("cut/index.html: does not end with </html>", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("link/index.html: unsafe href on <a>", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("image/index.html: unsafe srcset on <img>", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("feed.xml: in an entry's HTML: unsafe href", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("topics/x/feed.xml: not well-formed XML", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("feed.json: unsafe url", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("search/index.json: not valid JSON", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, problem => problem.StartsWith(".cache", StringComparison.Ordinal));
    }

    public void Dispose() => site.Dispose();

    private static string Page(string body) => $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{body}</body></html>\n";
}
