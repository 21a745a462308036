namespace DigestGen.Tests.Support;

/// <summary>Compares two built sites file by file. No xunit here: bench/ compiles this file too.</summary>
public static class SiteDiff
{
    /// <summary>Relative paths whose bytes differ between two sites, or that only one has; the cache folder is left out.</summary>
    public static IReadOnlyList<string> Differences(string left, string right, string cacheFolder = ".cache")
    {
        var leftFiles = Files(left, cacheFolder);
        var rightFiles = Files(right, cacheFolder);
        return leftFiles.Union(rightFiles, StringComparer.Ordinal)
            .Where(path => !leftFiles.Contains(path) || !rightFiles.Contains(path) || !SameBytes(Path.Combine(left, path), Path.Combine(right, path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool SameBytes(string left, string right) =>
        new FileInfo(left).Length == new FileInfo(right).Length && File.ReadAllBytes(left).AsSpan().SequenceEqual(File.ReadAllBytes(right));

    private static HashSet<string> Files(string root, string cacheFolder) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith(cacheFolder + "/", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
}
