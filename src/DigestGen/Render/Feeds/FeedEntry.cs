namespace DigestGen.Render.Feeds;

/// <summary>
/// One paper as a feed item. <see cref="Id"/> is a <c>tag:</c> URI that never changes; <see cref="Url"/> is absolute
/// when the site has a base URL with a host; <see cref="Updated"/> is the paper's date, else the day it was first
/// seen; <see cref="PaperUrl"/> and <see cref="CodeUrl"/> are the links out (arXiv, code).
/// </summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateOnly Updated,
    IReadOnlyList<string> Authors,
    string Summary,
    string? Category,
    string? PaperUrl = null,
    string? CodeUrl = null);
