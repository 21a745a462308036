using DigestGen.Model;

namespace DigestGen.Render.Feeds;

/// <summary>
/// One paper as a feed item; <see cref="Url"/> is absolute when the site has a base URL with a host. Its texts are
/// cleaned of what XML cannot hold (<see cref="TextCharacters"/>), for the Atom and the JSON feed alike.
/// </summary>
public sealed record FeedEntry(string Id, string Title, string Url, DateOnly Updated, IReadOnlyList<string> Authors, string Summary, string? Category)
{
    public string Title { get; init; } = TextCharacters.Clean(Title);

    public IReadOnlyList<string> Authors { get; init; } = [.. Authors.Select(TextCharacters.Clean)];

    public string Summary { get; init; } = TextCharacters.Clean(Summary);

    public string? Category { get; init; } = Category is null ? null : TextCharacters.Clean(Category);
}
