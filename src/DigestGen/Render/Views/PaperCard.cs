using System.Collections.Immutable;

namespace DigestGen.Render.Views;

/// <summary>
/// A paper in a list: enough to choose whether to open it. <see cref="Date"/> is the publication date, or the day
/// DigestGen first saw an undated paper (<see cref="DateIsFirstSeen"/>); <see cref="Why"/> is the trending score's breakdown;
/// <see cref="CodeUrl"/> is the code, or a code search labelled by <see cref="CodeLabel"/> ("Find code").
/// </summary>
public sealed record PaperCard(
    string Id,
    string Title,
    string Url,
    string AuthorLine,
    string? Date,
    string? DateIso,
    bool DateIsFirstSeen,
    string? Category,
    string? Venue,
    bool HasCode,
    LinkView? Topic,
    string Snippet,
    bool Pinned,
    ImmutableArray<string> Tags,
    string? Why,
    string? CodeUrl,
    string CodeLabel);
