namespace DigestGen.Ingest;

/// <summary>
/// The only reader of the input folder. Dumps are the files directly under it (any extension but hidden files);
/// editor overrides are the <c>*.md</c> files under <c>overrides/</c>. Files come back sorted by path so the
/// build does not depend on directory order.
/// </summary>
public static class InputReader
{
    public const string OverridesFolder = "overrides";

    /// <summary>Larger files are refused unread: no real dump comes near it, and it keeps memory bounded.</summary>
    public const long MaxDumpBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The dumps in path order, each read only when enumerated: ingest holds the bytes of the files it is
    /// parsing, not of the whole input (130 MB at 100,000 papers).
    /// </summary>
    public static IEnumerable<InputFile> ReadDumps(string inputDirectory) =>
        Directory.EnumerateFiles(inputDirectory, "*", SearchOption.TopDirectoryOnly)
            .Where(path => !System.IO.Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(path => Read(inputDirectory, path, MaxDumpBytes));

    public static IReadOnlyList<InputFile> ReadOverrides(string inputDirectory)
    {
        var folder = System.IO.Path.Combine(inputDirectory, OverridesFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => Read(inputDirectory, path, MaxDumpBytes))
                .ToList()
            : [];
    }

    private static InputFile Read(string root, string path, long maxBytes)
    {
        var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return new InputFile(relative, null, $"file is {length / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit for one dump", OverSizeLimit: true);
            }

            return new InputFile(relative, File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputFile(relative, null, e.Message);
        }
    }
}
