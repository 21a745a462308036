using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// One paper after merging every dump that mentions it: what merge knows. Later stages never change it; they return
/// their own records beside it (<see cref="PaperPlacement"/>, <see cref="PaperCuration"/>, <see cref="PaperRank"/>),
/// and <see cref="Paper"/> joins them for render and search.
/// </summary>
public sealed record MergedPaper
{
    /// <summary>Stable readable slug from the title, unique across the site.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public bool AuthorsTruncated { get; init; }
    /// <summary>Author ids in the same order as <see cref="Authors"/>.</summary>
    public ImmutableArray<string> AuthorIds { get; init; } = [];
    public string? Abstract { get; init; }
    public DateOnly? Date { get; init; }
    public string? Category { get; init; }
    public string? Venue { get; init; }
    public double? Score { get; init; }
    public bool HasCode { get; init; }
    public string? Org { get; init; }
    public int? TrendingRank { get; init; }
    /// <summary>Every record merged into this paper, in input order.</summary>
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    /// <summary>Which source each merged field was taken from (field name in camelCase → source).</summary>
    public ImmutableSortedDictionary<string, SourceRef> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceRef>.Empty;
}
