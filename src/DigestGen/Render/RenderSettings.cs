namespace DigestGen.Render;

/// <summary>
/// How the site is rendered. <paramref name="BaseUrl"/> is the public root, e.g. https://user.github.io/digest/
/// (absolute URLs in feeds and the sitemap; its path is the prefix for every link so sub-path hosting works).
/// </summary>
public sealed record RenderSettings(string ThemeDirectory, string BaseUrl);
