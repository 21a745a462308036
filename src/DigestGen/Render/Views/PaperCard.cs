using System.Collections.Immutable;

namespace DigestGen.Render.Views;

/// <summary>A paper in a list: enough to choose whether to open it.</summary>
public sealed record PaperCard(
    string Id,
    string Title,
    string Url,
    string AuthorLine,
    string? Date,
    string? DateIso,
    string? Category,
    string? Venue,
    string? Score,
    int? Rank,
    bool HasCode,
    LinkView? Topic,
    string Snippet,
    bool Pinned,
    ImmutableArray<string> Tags);
