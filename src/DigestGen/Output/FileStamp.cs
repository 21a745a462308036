using System.Text.Json.Serialization;

namespace DigestGen.Output;

/// <summary>
/// A published file's size and last write time (ticks, UTC), as the file system tells them in one call. A page whose
/// file still has the stamp it had when it was published is kept without reading it: whatever writes the file (an
/// edit by hand, another tool) gives it a new write time, so its bytes are still those the build hashed. A file
/// whose stamp moved is read and hashed before it is kept.
/// </summary>
public sealed record FileStamp(
    [property: JsonPropertyName("size")] long Length,
    [property: JsonPropertyName("written")] long WriteTicks)
{
    /// <summary>The stamp of the file at <paramref name="path"/>, or null when there is none.</summary>
    public static FileStamp? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }
}
