using DigestGen.Model;
using DigestGen.Rank;

namespace DigestGen.Tests.Rank;

public sealed class LinksOutTests
{
    private static Paper Paper(string? abstractText = null, bool hasCode = false, string? codeUrl = null) =>
        new() { Id = "p", Title = "SOAP: Improving & Stabilizing Shampoo", Abstract = abstractText, HasCode = hasCode, CodeUrl = codeUrl };

    [Fact]
    public void An_arxiv_identifier_in_the_text_links_the_abstract_page_and_the_pdf()
    {
        var links = LinksOut.Find(Paper("Full version at arXiv:2409.11321v2, code soon."));
        Assert.Equal("2409.11321", links.ArxivId);
        Assert.Equal("https://arxiv.org/abs/2409.11321", links.PaperUrl);
        Assert.Equal("https://arxiv.org/pdf/2409.11321", links.PdfUrl);
        Assert.Equal("2301.00001", LinksOut.Find(Paper("See https://arxiv.org/abs/2301.00001.")).ArxivId);
    }

    [Fact]
    public void Without_an_identifier_the_paper_link_is_an_arxiv_title_search_and_there_is_no_pdf()
    {
        var links = LinksOut.Find(Paper("No identifier here."));
        Assert.Null(links.ArxivId);
        Assert.Equal("https://arxiv.org/search/?query=SOAP%3A%20Improving%20%26%20Stabilizing%20Shampoo&searchtype=title", links.PaperUrl);
        Assert.Null(links.PdfUrl);
    }

    [Theory]
    [InlineData("Code is at https://github.com/nikhilvyas/SOAP.", "https://github.com/nikhilvyas/SOAP")]
    [InlineData("Our code (https://gitlab.com/Bachstelze/causal_generation) is public.", "https://gitlab.com/Bachstelze/causal_generation")]
    [InlineData("Data at https://huggingface.co/x/y and code at https://github.com/a/b/tree/main.", "https://github.com/a/b")]
    [InlineData("See https://github.com/vuejs/vue.js, our fork.", "https://github.com/vuejs/vue.js")]
    public void The_first_github_or_gitlab_repository_in_the_abstract_is_the_code_link(string text, string expected)
    {
        var links = LinksOut.Find(Paper(text));
        Assert.Equal(expected, links.CodeUrl);
        Assert.False(links.CodeIsSearch);
    }

    [Fact]
    public void An_override_code_url_wins_and_only_http_or_https_is_accepted()
    {
        Assert.Equal("https://example.org/code", LinksOut.Find(Paper("https://github.com/a/b", codeUrl: "https://example.org/code")).CodeUrl);
        var hostile = LinksOut.Find(Paper(codeUrl: "javascript:alert(1)"));
        Assert.StartsWith("https://github.com/search?q=", hostile.CodeUrl, StringComparison.Ordinal);
        Assert.True(hostile.CodeIsSearch);
    }

    [Fact]
    public void A_code_flag_without_a_url_links_to_a_code_search_and_no_flag_means_no_code_link()
    {
        var flagged = LinksOut.Find(Paper("No URL.", hasCode: true));
        Assert.Equal("https://github.com/search?q=SOAP%3A%20Improving%20%26%20Stabilizing%20Shampoo&type=repositories", flagged.CodeUrl);
        Assert.True(flagged.CodeIsSearch);
        Assert.Null(LinksOut.Find(Paper("No URL.")).CodeUrl);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/1", true)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/papers/x/", false)]
    [InlineData(null, false)]
    public void Only_absolute_http_and_https_urls_are_safe_to_link_out(string? url, bool safe) => Assert.Equal(safe, UrlPolicy.IsWebAddress(url));
}
