namespace DigestGen.Bench;

/// <summary>
/// Names the kind of a built site's file from its path (home, paper pages, author feeds, search index, data…), so
/// the report can say where a site's bytes go: GitHub Pages caps a whole site at 1 GB.
/// </summary>
internal static class OutputKind
{
    /// <summary>The folders that hold one page per item, with what one item is called.</summary>
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["papers"] = "paper",
        ["authors"] = "author",
        ["topics"] = "topic",
        ["days"] = "day",
    };

    /// <param name="relativePath">The file's path under the output folder, with forward slashes.</param>
    public static string Of(string relativePath)
    {
        var segments = relativePath.Split('/');
        var extension = Path.GetExtension(relativePath);
        if (segments.Length == 1)
        {
            return relativePath switch
            {
                "index.html" => "home",
                _ when relativePath.StartsWith("sitemap", StringComparison.Ordinal) => "sitemaps",
                _ when relativePath.StartsWith("feed.", StringComparison.Ordinal) => "site feeds",
                _ when extension == ".html" => "other pages",
                _ => "other",
            };
        }

        if (Sections.TryGetValue(segments[0], out var item))
        {
            return segments.Length == 2 || segments[1] == "page" ? $"{item} lists"
                : extension == ".html" ? $"{item} pages"
                : extension == ".xml" ? $"{item} feeds"
                : $"{item} other";
        }

        return segments[0] switch
        {
            "search" when extension == ".html" => "other pages",
            "search" => "search index",
            "data" => "data",
            "og" => "images",
            "assets" => "assets",
            _ when extension == ".html" => "other pages",
            _ => "other",
        };
    }
}
