using DigestGen.Model;

namespace DigestGen.Render;

/// <summary>
/// How the site is rendered. <paramref name="BaseUrl"/> is the public root, e.g. https://user.github.io/digest/
/// (absolute URLs in feeds and the sitemap; its path is the prefix for every link so sub-path hosting works).
/// </summary>
/// <param name="NodeModulesDirectory">npm packages (KaTeX); math falls back to its TeX source when node or KaTeX is missing.</param>
/// <param name="Math">How KaTeX writes math: native MathML (light pages, no stylesheet or fonts) or KaTeX's HTML with its stylesheet and fonts.</param>
/// <param name="CacheDirectory">Where rendered math is cached between builds; null renders without a cache.</param>
public sealed record RenderSettings(
    string ThemeDirectory,
    string BaseUrl,
    string? NodeModulesDirectory = null,
    string? CacheDirectory = null,
    string SiteTitle = "DigestGen",
    string SiteTagline = "Trending machine-learning papers, every day",
    MathOutput Math = MathOutput.MathML)
{
    /// <summary>What a large site leaves out (docs/theme.md, "Large sites"); the defaults keep 100,000 papers within about 1 GB.</summary>
    public ScaleLimits Scale { get; init; } = new();
}

/// <summary>
/// KaTeX's output. MathML keeps a math-heavy paper page under the 30 KB budget and is read by screen readers;
/// Html matches KaTeX's typesetting exactly at about six times the bytes, plus a 21 KB stylesheet and web fonts.
/// </summary>
public enum MathOutput
{
    MathML,
    Html,
}
