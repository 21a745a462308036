using DigestGen.Output;
using DigestGen.Render;
using DigestGen.Render.Pictures;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render.Pictures;

/// <summary>Open Graph pictures come from the cache when an earlier build drew the same texts, and are drawn when anything they show changed.</summary>
public sealed class OpenGraphPicturesTests
{
    [Fact]
    public void A_picture_drawn_once_is_read_from_the_cache_by_the_next_build_with_the_same_bytes()
    {
        using var cache = new TempFolder();
        var first = new OpenGraphPictures(cache.Path);
        var drawn = first.GetOrDraw("Digest", "Language models", ["• A paper"], "12 papers");
        first.Update()!.Write();

        var next = new OpenGraphPictures(cache.Path);
        var again = next.GetOrDraw("Digest", "Language models", ["• A paper"], "12 papers");

        Assert.Equal(1, first.Drawn);
        Assert.Equal(0, next.Drawn);
        Assert.Equal(drawn, again);
        Assert.Equal(OpenGraphImage.Draw("Digest", "Language models", ["• A paper"], "12 papers"), again);
        Assert.Null(next.Update());
    }

    [Fact]
    public void A_changed_text_is_drawn_again_and_the_picture_no_page_shows_is_removed_from_the_cache()
    {
        using var cache = new TempFolder();
        var first = new OpenGraphPictures(cache.Path);
        first.GetOrDraw("Digest", "Vision", ["• A paper"], "3 papers");
        first.GetOrDraw("Digest", "Systems", ["• B paper"], "2 papers");
        first.Update()!.Write();

        var next = new OpenGraphPictures(cache.Path);
        next.GetOrDraw("Digest", "Vision", ["• A paper"], "3 papers");
        var changed = next.GetOrDraw("Digest", "Systems", ["• B paper", "• C paper"], "3 papers");
        next.Update()!.Write();

        Assert.Equal(1, next.Drawn);
        Assert.Equal(OpenGraphImage.Draw("Digest", "Systems", ["• B paper", "• C paper"], "3 papers"), changed);
        Assert.Equal(2, Directory.GetFiles(cache.Combine(OpenGraphPictures.FolderName)).Length);
    }

    [Fact]
    public void A_cached_file_that_is_not_a_whole_png_is_drawn_again_and_replaced()
    {
        using var cache = new TempFolder();
        var first = new OpenGraphPictures(cache.Path);
        var picture = first.GetOrDraw("Digest", "Vision", [], "3 papers");
        first.Update()!.Write();
        var file = Assert.Single(Directory.GetFiles(cache.Combine(OpenGraphPictures.FolderName)));
        File.WriteAllBytes(file, picture[..(picture.Length / 2)]);

        var next = new OpenGraphPictures(cache.Path);
        Assert.Equal(picture, next.GetOrDraw("Digest", "Vision", [], "3 papers"));
        next.Update()!.Write();

        Assert.Equal(1, next.Drawn);
        Assert.Equal(picture, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_site_rendered_again_with_its_cache_draws_no_picture_and_publishes_the_same_pictures()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        var first = RenderInto(digest, work.Combine("first"), work.Combine("cache"));
        var second = RenderInto(digest, work.Combine("second"), work.Combine("cache"));

        Assert.Equal(Pictures(work.Combine("first")).Count, first.PicturesDrawn);
        Assert.Equal(0, second.PicturesDrawn);
        Assert.Equal(Pictures(work.Combine("first")), Pictures(work.Combine("second")));
    }

    // A topic's picture shows no build date (the site's does): the next day's build draws the site's picture alone,
    // where dated topic pictures were all drawn again every night.
    [Fact]
    public void The_next_days_build_draws_only_the_sites_picture_again()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        RenderInto(digest, work.Combine("first"), work.Combine("cache"));
        var next = RenderInto(digest with { AsOf = digest.AsOf.AddDays(1) }, work.Combine("second"), work.Combine("cache"));

        Assert.Equal(1, next.PicturesDrawn);
        Assert.Equal(Pictures(work.Combine("first")).Where(picture => !picture.StartsWith("og/home.png ", StringComparison.Ordinal)),
            Pictures(work.Combine("second")).Where(picture => !picture.StartsWith("og/home.png ", StringComparison.Ordinal)));
    }

    /// <summary>Renders into an empty output folder and writes the cache updates once published, as a build does.</summary>
    private static RenderResult RenderInto(DigestGen.Model.Digest digest, string output, string cache)
    {
        using var writer = new SiteWriter(output, []);
        var result = RenderSite.Run(digest, new RenderSettings(RepoPaths.Theme, "/", RepoPaths.NodeModules, cache), writer);
        Assert.Empty(result.Problems);
        writer.Finish();
        foreach (var update in result.CacheUpdates)
        {
            update.Write();
        }

        return result;
    }

    /// <summary>Each picture of the site as "path hash", in path order.</summary>
    private static List<string> Pictures(string site) =>
        [.. Directory.EnumerateFiles(site, "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => $"{Path.GetRelativePath(site, path)} {ContentHash.Of(File.ReadAllBytes(path))}")];
}
