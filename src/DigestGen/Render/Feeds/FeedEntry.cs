namespace DigestGen.Render.Feeds;

/// <summary>One paper as a feed item; <see cref="Url"/> is absolute when the site has a base URL with a host.</summary>
public sealed record FeedEntry(string Id, string Title, string Url, DateOnly Updated, IReadOnlyList<string> Authors, string Summary, string? Category);
