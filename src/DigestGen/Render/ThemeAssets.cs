using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DigestGen.Output;

namespace DigestGen.Render;

/// <summary>
/// Static files the pages need: everything under theme/assets/ copied as-is to assets/, and KaTeX's stylesheet
/// and fonts from node_modules (woff2 only, which every current browser reads) to assets/katex/.
/// </summary>
internal static partial class ThemeAssets
{
    public const string Stylesheet = "css/site.css";
    public const string MathStylesheet = "katex/katex.min.css";

    /// <summary>Copies the assets; returns a short content hash per asset path for cache-busting query strings.</summary>
    public static IReadOnlyDictionary<string, string> Copy(string themeDirectory, string? nodeModulesDirectory, IOutputSink sink)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = Path.Combine(themeDirectory, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
                Add(sink, versions, relative, File.ReadAllBytes(file));
            }
        }

        var katex = nodeModulesDirectory is null ? null : Path.Combine(nodeModulesDirectory, "katex", "dist");
        if (katex is not null && File.Exists(Path.Combine(katex, "katex.min.css")))
        {
            var css = WoffAndTtfSources().Replace(File.ReadAllText(Path.Combine(katex, "katex.min.css")), string.Empty);
            Add(sink, versions, MathStylesheet, System.Text.Encoding.UTF8.GetBytes(css));
            foreach (var font in Directory.EnumerateFiles(Path.Combine(katex, "fonts"), "*.woff2").Order(StringComparer.Ordinal))
            {
                Add(sink, versions, "katex/fonts/" + Path.GetFileName(font), File.ReadAllBytes(font));
            }
        }

        return versions;
    }

    private static void Add(IOutputSink sink, Dictionary<string, string> versions, string relative, byte[] content)
    {
        sink.Add(new OutputFile("assets/" + relative, content));
        versions[relative] = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
    }

    // KaTeX lists woff2, woff and ttf for each font; browsers that read woff2 never fetch the others.
    [GeneratedRegex(@",url\(fonts/[^)]+\.(?:woff|ttf)\) format\(""(?:woff|truetype)""\)")]
    private static partial Regex WoffAndTtfSources();
}
