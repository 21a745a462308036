namespace DigestGen.Bench;

/// <summary>Counts a built site's files and bytes by kind (see <see cref="OutputKind"/>), leaving out cache folders (they are not published).</summary>
internal static class OutputStats
{
    public static OutputMeasurement Measure(string outputDirectory, string? cacheFolder = ".cache")
    {
        int files = 0, pages = 0;
        long bytes = 0, html = 0, search = 0, feeds = 0, data = 0;
        var byKind = new SortedDictionary<string, KindBytes>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(outputDirectory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputDirectory, file.FullName).Replace('\\', '/');
            if (cacheFolder is not null && relative.StartsWith(cacheFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            files++;
            bytes += file.Length;
            var kind = OutputKind.Of(relative);
            byKind[kind] = byKind.TryGetValue(kind, out var sofar) ? sofar with { Files = sofar.Files + 1, Bytes = sofar.Bytes + file.Length } : new KindBytes(kind, 1, file.Length);
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

        return new OutputMeasurement(files, bytes, pages, html, search, feeds, data, [.. byKind.Values.OrderByDescending(kind => kind.Bytes)]);
    }
}
