namespace DigestGen.Render.Feeds;

/// <summary>A feed: its title (cleaned like <see cref="FeedEntry"/>'s), its own URL, the page it belongs to, and when it last changed.</summary>
public sealed record FeedChannel(string Title, string SelfUrl, string PageUrl, DateOnly Updated, IReadOnlyList<FeedEntry> Entries)
{
    public string Title { get; init; } = Model.TextCharacters.Clean(Title);
}
