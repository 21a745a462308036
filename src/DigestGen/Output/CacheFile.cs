using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DigestGen.Output;

/// <summary>
/// Reads and writes the build's cache files (topic and paper-id history, first-seen dates, topic centroids, typeset
/// math) beside the site, never half of one: a build stopped midway would otherwise leave a torn file for the next
/// build to read. Each file's shape comes as source-generated JSON metadata (<see cref="JsonTypeInfo{T}"/>), compiled
/// ahead with the CLI: reflection-based serialisation JIT-compiled about 1,100 methods (emitted accessors, converters)
/// in every build, a quarter of a 1,000-paper build's CPU (docs/bench.md).
/// </summary>
public static class CacheFile
{
    public static void WriteJson<T>(string path, T value, JsonTypeInfo<T> shape) => Write(path, JsonSerializer.SerializeToUtf8Bytes(value, shape));

    /// <summary>
    /// Writes bytes another part of the build serialised (e.g. Compute's topic centroids) as a whole; a file that holds
    /// them already is left alone (reading tens of megabytes back costs less than writing them again).
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        if (Holds(path, bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Named per process: two builds sharing one cache folder never write into each other's temporary file.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static bool Holds(string path, byte[] bytes)
    {
        try
        {
            return new FileInfo(path) is { Exists: true } file && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// A cache file as stored: Found false when there is none; when it cannot be read or is not
    /// JSON of that shape, the reason in Unreadable. Readers treat anything but a well-formed file as "no cache".
    /// </summary>
    public static (bool Found, T? Value, string? Unreadable) ReadJson<T>(string path, JsonTypeInfo<T> shape)
        where T : class
    {
        if (!File.Exists(path))
        {
            return (false, null, null);
        }

        try
        {
            return (true, JsonSerializer.Deserialize(File.ReadAllBytes(path), shape), null);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return (true, null, error.Message);
        }
    }

    /// <summary>
    /// A cache file's bytes as stored, handed to <paramref name="decode"/> in a buffer borrowed from the shared pool and
    /// returned to it afterwards, so <paramref name="decode"/> must copy out what it keeps; <paramref name="missing"/>
    /// when there is no file or it cannot be read ("no cache"). For the per-dump entries read in every build (ingest's,
    /// merge's): a quarter of them are over 85 KB, and reading each into an array of its own put 136 MB a night on the
    /// large-object heap at 100,000 papers, where every few megabytes set off a full collection (docs/bench.md).
    /// </summary>
    public static T ReadPooled<T>(string path, Func<ArraySegment<byte>, T> decode, T missing)
    {
        byte[] buffer;
        int length;
        try
        {
            if (!File.Exists(path))
            {
                return missing;
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (file.Length > Array.MaxLength)
            {
                return missing;
            }

            length = (int)file.Length;
            buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                file.ReadExactly(buffer, 0, length);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return missing;
        }

        try
        {
            return decode(new ArraySegment<byte>(buffer, 0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A cache file's bytes as stored, or null when there is none or it cannot be read ("no cache").</summary>
    public static byte[]? ReadBytes(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes every file of a folder of per-input entries but tonight's: <c>name.extension</c> for the names kept.
    /// Files of another extension go too (an earlier format's): no build of this code reads them.
    /// </summary>
    public static void RemoveEntriesBut(string folder, string extension, Func<string, bool> kept)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(file => Path.GetExtension(file) != extension || !kept(Path.GetFileNameWithoutExtension(file))).ToList())
        {
            File.Delete(file);
        }
    }

    /// <summary>Days in cache files are written yyyy-MM-dd, whatever the culture.</summary>
    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day a cache file wrote, or null when the text is not one.</summary>
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
