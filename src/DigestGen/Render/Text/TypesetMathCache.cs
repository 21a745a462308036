using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Render.Text;

/// <summary>
/// The installed KaTeX and the math it typeset in earlier builds, by expression, as the cache folder keeps it
/// (katex-mathml.json, or katex-htmlAndMathml.json for <see cref="MathOutput.Html"/>): read before render needs it
/// (<see cref="PreparedTheme"/>), written back by <see cref="UpdateWith"/> once the site is published. A cache of
/// another KaTeX version, damaged or foreign, counts as empty: it is rebuilt, never trusted.
/// </summary>
public sealed partial class TypesetMathCache
{
    private readonly string? path;

    private TypesetMathCache(string? katexDirectory, string? katexVersion, string katexOutput, string? path, IReadOnlyDictionary<string, string?> stored)
    {
        KatexDirectory = katexDirectory;
        KatexVersion = katexVersion;
        KatexOutput = katexOutput;
        this.path = path;
        Stored = stored;
    }

    /// <summary>node_modules/katex, or null without a node_modules folder.</summary>
    public string? KatexDirectory { get; }

    /// <summary>The installed KaTeX's version; null when KaTeX is not installed.</summary>
    public string? KatexVersion { get; }

    /// <summary>KaTeX's output option: mathml or htmlAndMathml.</summary>
    public string KatexOutput { get; }

    /// <summary>KaTeX's HTML by expression key, null for an expression it refused; not yet verified (<see cref="KatexMarkup"/>).</summary>
    public IReadOnlyDictionary<string, string?> Stored { get; }

    public static TypesetMathCache Load(string? nodeModulesDirectory, string? cacheDirectory, MathOutput output)
    {
        var katexDirectory = nodeModulesDirectory is null ? null : Path.Combine(nodeModulesDirectory, "katex");
        var version = katexDirectory is null ? null : InstalledVersion(katexDirectory);
        var katexOutput = output == MathOutput.Html ? "htmlAndMathml" : "mathml";
        var path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, $"katex-{katexOutput}.json");
        var (_, stored, _) = path is null || version is null ? (false, null, null) : CacheFile.ReadJson(path, MathJson.Default.MathCacheFile);
        IReadOnlyDictionary<string, string?> entries = stored is { Html: { } html } && stored.KatexVersion == version
            ? new ReadOnlyDictionary<string, string?>(html)
            : FrozenDictionary<string, string?>.Empty;
        return new TypesetMathCache(katexDirectory, version, katexOutput, path, entries);
    }

    /// <summary>The cache file rewritten with <paramref name="entries"/>, for the pipeline to write; null without a cache folder.</summary>
    public CacheUpdate? UpdateWith(IDictionary<string, string?> entries)
    {
        if (path is null || KatexVersion is null)
        {
            return null;
        }

        var file = path;
        var stored = new MathCacheFile(KatexVersion, new SortedDictionary<string, string?>(entries, StringComparer.Ordinal));
        return new CacheUpdate(file, () => CacheFile.WriteJson(file, stored, MathJson.Default.MathCacheFile));
    }

    private static string? InstalledVersion(string katexDirectory)
    {
        var packageJson = Path.Combine(katexDirectory, "package.json");
        if (!File.Exists(packageJson))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    [JsonSerializable(typeof(MathCacheFile))]
    private sealed partial class MathJson : JsonSerializerContext;

    private sealed record MathCacheFile(string KatexVersion, IDictionary<string, string?> Html);
}
