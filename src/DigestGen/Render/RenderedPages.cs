using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Render;

/// <summary>
/// One page as the last build rendered it: the fingerprint of what it was rendered from
/// (<see cref="PageFingerprints"/>), the build date when one of its templates read it (else null), the hash of its
/// bytes (<see cref="ContentHash"/>) and its file's stamp once published (<see cref="FileStamp"/>; null until then,
/// and in records written before stamps were kept).
/// </summary>
public sealed record RenderedPage(
    [property: JsonPropertyName("view")] string Fingerprint,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("bytes")] string Content,
    [property: JsonPropertyName("stamp")] FileStamp? Stamp = null)
{
    /// <summary>The hash of the records a paper or author page is drawn from (<see cref="PageInputs"/>); null for other pages.</summary>
    [JsonPropertyName("inputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Inputs { get; init; }
}

/// <summary>
/// Every page the last published build rendered, by output path, kept in the cache folder (<c>pages.json</c>) so the
/// next build renders only the pages whose view changed. The only reader and writer of pages.json; a missing, corrupt
/// or foreign file means "render every page" and is replaced.
/// </summary>
public static partial class RenderedPages
{
    public const string FileName = "pages.json";
    private const string Format = "digestgen-pages/1";

    public static ImmutableDictionary<string, RenderedPage> Load(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return ImmutableDictionary<string, RenderedPage>.Empty;
        }

        var (_, file, _) = CacheFile.ReadJson(Path.Combine(cacheDirectory, FileName), PagesJson.Default.PagesFile);
        return file is { Format: Format, Pages: { } pages } && pages.Values.All(page => page is { Fingerprint: not null, Content: not null })
            ? pages.ToImmutableDictionary(StringComparer.Ordinal)
            : ImmutableDictionary<string, RenderedPage>.Empty;
    }

    /// <summary>
    /// Written only after the site with these pages was published (a failed build leaves the record as it was), with
    /// the stamp of each page written tonight as <paramref name="publishedStamp"/> finds it.
    /// </summary>
    public static void Save(string cacheDirectory, IReadOnlyDictionary<string, RenderedPage> pages, Func<string, FileStamp?> publishedStamp) =>
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName),
            new PagesFile(Format, new SortedDictionary<string, RenderedPage>(
                pages.ToDictionary(page => page.Key, page => page.Value.Stamp is null ? page.Value with { Stamp = publishedStamp(page.Key) } : page.Value),
                StringComparer.Ordinal)),
            PagesJson.Default.PagesFile);

    [JsonSerializable(typeof(PagesFile))]
    private sealed partial class PagesJson : JsonSerializerContext;

    private sealed record PagesFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("pages")] IDictionary<string, RenderedPage>? Pages);
}
