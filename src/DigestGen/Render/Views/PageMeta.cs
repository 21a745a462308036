namespace DigestGen.Render.Views;

/// <summary>
/// The head of one page: title, description, canonical URL and Open Graph data. <see cref="Section"/> names the
/// navigation entry to highlight; <see cref="HasMath"/> links KaTeX's stylesheet, only where HTML math appears;
/// <see cref="HasFilters"/> loads the reader filters' script, only on the listings it works on (home, day, topic).
/// </summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string CanonicalUrl,
    string OpenGraphType,
    string OpenGraphImage,
    string Section,
    bool HasMath = false,
    string? FeedUrl = null,
    string? FeedTitle = null,
    bool NoIndex = false,
    bool HasFilters = false)
{
    /// <summary>
    /// The longest description, in characters: what a search result shows (about 155–160), not more; every page
    /// carries it, 225,000 pages at 100,000 papers.
    /// </summary>
    public const int DescriptionLength = 160;
}
