namespace DigestGen.Render.Feeds;

/// <summary>
/// A feed: its title and author (cleaned like <see cref="FeedEntry"/>'s texts), its permanent id (a <c>tag:</c> URI), its own URL, the page it belongs to, who publishes it,
/// and its entries. The feed was last updated when its newest entry was, so an unchanged feed stays byte-identical.
/// </summary>
public sealed record FeedChannel(string Title, string Id, string SelfUrl, string PageUrl, string Author, IReadOnlyList<FeedEntry> Entries)
{
    public string Title { get; init; } = Model.TextCharacters.Clean(Title);

    public string Author { get; init; } = Model.TextCharacters.Clean(Author);

    /// <summary>The newest entry's date; an empty feed counts as updated on <paramref name="fallback"/>.</summary>
    public DateOnly Updated(DateOnly fallback) => Entries.Count == 0 ? fallback : Entries.Max(entry => entry.Updated);
}
