using DigestGen.Render;

namespace DigestGen.Tests.Render;

public sealed class SiteUrlsTests
{
    [Fact]
    public void Root_site_links_are_root_relative()
    {
        var urls = new SiteUrls("/");
        Assert.Equal("/papers/lora/", urls.Paper("lora"));
        Assert.Equal("/days/2026-11-23/", urls.Day(new DateOnly(2026, 11, 23)));
        Assert.Equal("/papers/page/3/", urls.PapersPage(3));
        Assert.Equal("/papers/page/1/", urls.PapersPage(1));
        Assert.Equal("/papers/", urls.Papers());
        Assert.False(urls.HasOrigin);
        Assert.Equal("/feed.xml", urls.Absolute(urls.File("feed.xml")));
    }

    [Fact]
    public void Project_site_links_carry_the_base_path_and_absolute_urls_the_host()
    {
        var urls = new SiteUrls("https://me.github.io/digest");
        Assert.Equal("/digest/", urls.BasePath);
        Assert.Equal("/digest/authors/ada/", urls.Author("ada"));
        Assert.Equal("https://me.github.io/digest/topics/vision/feed.xml", urls.Absolute(urls.TopicFeed("vision")));
        Assert.Equal("topics/vision/index.html", urls.OutputPath(urls.Topic("vision")));
        Assert.Equal("index.html", urls.OutputPath(urls.Home));
        Assert.Equal("404.html", urls.OutputPath(urls.File("404.html")));
    }

    [Fact]
    public void Ids_are_escaped_in_urls_but_not_in_file_paths()
    {
        var urls = new SiteUrls("/");
        Assert.Equal("/authors/jos%C3%A9%20m/", urls.Author("josé m"));
        Assert.Equal("authors/josé m/index.html", urls.OutputPath(urls.Author("josé m")));
    }

    [Fact]
    public void Open_graph_pictures_are_site_urls_with_their_output_paths()
    {
        var urls = new SiteUrls("https://me.github.io/digest");
        Assert.Equal("https://me.github.io/digest/og/home.png", urls.Absolute(urls.HomeImage));
        Assert.Equal("og/topics/vision.png", urls.OutputPath(urls.TopicImage("vision")));
        Assert.Equal("/digest/og/topics/3d%20scenes.png", urls.TopicImage("3d scenes"));
    }

    [Fact]
    public void Search_results_link_to_the_paper_url_without_the_base_path()
    {
        var document = new DigestGen.Search.SearchDocument("josé m", "Title", [], null, null, null);
        Assert.Equal("papers/jos%C3%A9%20m/", document.Url);
        Assert.Equal("papers/x/", new SiteUrls("https://me.github.io/digest").FromBase("/digest/papers/x/"));
    }
}
