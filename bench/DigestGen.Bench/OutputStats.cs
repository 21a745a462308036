namespace DigestGen.Bench;

/// <summary>Counts a built site's files by kind, leaving out cache folders (they are not published).</summary>
internal static class OutputStats
{
    public static OutputMeasurement Measure(string outputDirectory, string? cacheFolder = ".cache")
    {
        int files = 0, pages = 0;
        long bytes = 0, html = 0, search = 0, feeds = 0, data = 0;
        foreach (var file in new DirectoryInfo(outputDirectory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputDirectory, file.FullName).Replace('\\', '/');
            if (cacheFolder is not null && relative.StartsWith(cacheFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            files++;
            bytes += file.Length;
            switch (file.Extension)
            {
                case ".html":
                    pages++;
                    html += file.Length;
                    break;
                case ".xml":
                    feeds += file.Length;
                    break;
                case ".json" when relative.StartsWith("search/", StringComparison.Ordinal):
                    search += file.Length;
                    break;
                case ".json" when relative.StartsWith("data/", StringComparison.Ordinal):
                    data += file.Length;
                    break;
            }
        }

        return new OutputMeasurement(files, bytes, pages, html, search, feeds, data);
    }
}
