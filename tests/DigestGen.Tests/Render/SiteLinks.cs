using AngleSharp.Html.Parser;
using DigestGen.Output;
using DigestGen.Render;

namespace DigestGen.Tests.Render;

/// <summary>Walks every HTML page of a rendered site with AngleSharp and lists internal links that lead nowhere.</summary>
internal static class SiteLinks
{
    public static List<string> Broken(MemoryOutputSink sink, string baseUrl = "/")
    {
        var urls = new SiteUrls(baseUrl);
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in sink.Files.Values.Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            var targets = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!);
            foreach (var target in targets)
            {
                if (Resolve(target, urls) is { } path && !sink.Files.ContainsKey(path) && !ProvidedBySearchStage(path))
                {
                    broken.Add($"{file.Path} → {target}");
                }
            }
        }

        return broken;
    }

    /// <summary>The output path an internal link points at, or null for external links and in-page anchors.</summary>
    private static string? Resolve(string target, SiteUrls urls)
    {
        if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal) || target.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var path = target.Split('#', '?')[0];
        Assert.True(path.StartsWith(urls.BasePath, StringComparison.Ordinal), $"internal link '{target}' is not under the base path {urls.BasePath}");
        return urls.OutputPath(path);
    }

    // search.js is written by the search stage (issue 5); until it lands in the theme, the shell's script tag waits for it.
    private static bool ProvidedBySearchStage(string path) =>
        path == "assets/js/search.js" && !File.Exists(Path.Combine(Support.RepoPaths.Theme, "assets", "js", "search.js"));
}
