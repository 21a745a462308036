using DigestGen.Compute;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// Where the previous build's area centroids are kept: topic-centroids.json in the cache folder, holding the bytes
/// <see cref="PaperMap.Centroids"/> gave (Compute owns their format). A missing or unreadable file means "start
/// afresh", which is always safe.
/// </summary>
internal static class TopicCentroidCache
{
    public const string FileName = "topic-centroids.json";

    public static byte[]? Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps tonight's centroids for the next build; with none, removes last night's so they are not continued from.</summary>
    public static void Save(string cacheDirectory, byte[]? centroids)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        if (centroids is null)
        {
            Directory.CreateDirectory(cacheDirectory);
            File.Delete(path);
            return;
        }

        CacheFile.Write(path, centroids);
    }
}
