using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// One way to split a glued line: the title and what the rest implies, a venue badge ("badge+title" lines of a
/// publication list) or an author list (title+authors lines of a feed; null where the line has no authors).
/// </summary>
public sealed record TitleReading(string Title, string? Venue, ImmutableArray<string>? Authors = null);
