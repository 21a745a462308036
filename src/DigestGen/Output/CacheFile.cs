using System.Text.Json;

namespace DigestGen.Output;

/// <summary>
/// Writes the build's cache files (topic history, topic centroids, typeset math) beside the site, never half of one:
/// a build stopped midway would otherwise leave a torn file for the next build to read.
/// </summary>
public static class CacheFile
{
    public static void WriteJson<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(value));
        File.Move(temporary, path, overwrite: true);
    }
}
