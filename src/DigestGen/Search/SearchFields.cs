using System.Collections.Immutable;
using DigestGen.Search.Lunr;

namespace DigestGen.Search;

/// <summary>The fields DigestGen indexes and their boosts: a title hit outweighs an author hit outweighs the rest.</summary>
public static class SearchFields
{
    public static readonly ImmutableArray<LunrField> All =
    [
        new("title", 10),
        new("authors", 5),
        new("abstract", 1),
        new("topic", 1),
    ];

    public static LunrDocument ToLunr(SearchDocument document) =>
        new(document.Id, [document.Title, document.AuthorsText, document.Abstract, document.Topic]);
}
