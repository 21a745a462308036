using DigestGen.Compute;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// A file in the cache folder holding bytes <see cref="PaperMap"/> gave for the next build (Compute owns their
/// format): the areas' centroids, and the fit the next build continues. A missing or unreadable file means "start
/// afresh", which is always safe.
/// </summary>
internal sealed record ComputeCacheFile(string FileName)
{
    /// <summary><see cref="PaperMap.Centroids"/>: the next refit's k-means starts from them.</summary>
    public static readonly ComputeCacheFile TopicCentroids = new("topic-centroids.json");

    /// <summary><see cref="PaperMap.Fit"/>: topics and related papers the next build continues between refits.</summary>
    public static readonly ComputeCacheFile Fit = new("fit.json");

    public byte[]? Load(string cacheDirectory) => CacheFile.ReadBytes(Path.Combine(cacheDirectory, FileName));

    /// <summary>Written once the build is published; with no bytes, last night's file is removed so it is not continued from.</summary>
    public CacheUpdate Update(string cacheDirectory, byte[]? bytes)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        return new CacheUpdate(path, () =>
        {
            if (bytes is null)
            {
                Directory.CreateDirectory(cacheDirectory);
                File.Delete(path);
                return;
            }

            CacheFile.Write(path, bytes);
        });
    }
}
