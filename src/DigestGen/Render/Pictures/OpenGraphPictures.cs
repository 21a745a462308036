using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Output;
using SkiaSharp;

namespace DigestGen.Render.Pictures;

/// <summary>
/// The build's Open Graph pictures by what they show: a picture an earlier build drew from the same texts is read from
/// the cache folder (<c>og-images/</c>, one PNG each, named by a hash of its texts, the drawing's version and
/// SkiaSharp's) instead of drawn again; drawing them was most of a small site's fixed render cost (0.9 CPU-s for 33).
/// A file that is not a whole PNG is drawn again. What was drawn is handed back as a <see cref="CacheUpdate"/>, which
/// also removes the pictures no page of this build shows, so the folder holds one site's pictures.
/// </summary>
public sealed partial class OpenGraphPictures(string? cacheDirectory)
{
    public const string FolderName = "og-images";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The IEND chunk every PNG ends with: a file cut short lacks it.</summary>
    private static readonly byte[] PngEnd = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static readonly string SkiaVersion = typeof(SKSurface).Assembly.GetName().Version?.ToString() ?? "unknown";

    private readonly string? folder = cacheDirectory is null ? null : Path.Combine(cacheDirectory, FolderName);
    private readonly ConcurrentDictionary<string, byte[]> drawn = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> shown = new(StringComparer.Ordinal);

    /// <summary>Pictures drawn by this build, not read from the cache.</summary>
    public int Drawn => drawn.Count;

    /// <summary>The picture <see cref="OpenGraphImage.Draw"/> makes of these texts, from the cache when an earlier build drew it.</summary>
    public byte[] GetOrDraw(string siteName, string headline, IReadOnlyList<string> lines, string footer)
    {
        var name = FileName(siteName, headline, lines, footer);
        shown.TryAdd(name, 0);
        if (folder is not null && Cached(Path.Combine(folder, name)) is { } cached)
        {
            return cached;
        }

        var picture = OpenGraphImage.Draw(siteName, headline, lines, footer);
        drawn[name] = picture;
        return picture;
    }

    /// <summary>Writes the pictures drawn and removes those no longer shown, once the site is published; null when there is nothing to do.</summary>
    public CacheUpdate? Update()
    {
        if (folder is null)
        {
            return null;
        }

        var stale = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(path => !shown.ContainsKey(Path.GetFileName(path))).ToList()
            : [];
        if (drawn.IsEmpty && stale.Count == 0)
        {
            return null;
        }

        var pictures = drawn.ToArray();
        return new CacheUpdate(folder, () =>
        {
            foreach (var (name, picture) in pictures)
            {
                CacheFile.Write(Path.Combine(folder, name), picture);
            }

            stale.ForEach(File.Delete);
        });
    }

    private static string FileName(string siteName, string headline, IReadOnlyList<string> lines, string footer)
    {
        var texts = JsonSerializer.SerializeToUtf8Bytes([SkiaVersion, OpenGraphImage.Version.ToString(CultureInfo.InvariantCulture), siteName, headline, footer, .. lines], TextsJson.Default.StringArray);
        return Convert.ToHexStringLower(SHA256.HashData(texts).AsSpan(0, 16)) + ".png";
    }

    private static byte[]? Cached(string path) =>
        CacheFile.ReadBytes(path) is { } bytes && bytes.AsSpan().StartsWith(PngSignature) && bytes.AsSpan().EndsWith(PngEnd) ? bytes : null;

    [JsonSerializable(typeof(string[]))]
    private sealed partial class TextsJson : JsonSerializerContext;
}
