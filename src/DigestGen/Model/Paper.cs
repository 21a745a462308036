using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// One paper after merging every dump that mentions it. Later stages return changed copies with <c>with { }</c>.
/// </summary>
public sealed record Paper
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

    // Filled by compute.
    public string? TopicId { get; init; }
    public ImmutableArray<string> RelatedIds { get; init; } = [];
    /// <summary>Position on the 2-D topic map (unit square), when compute placed it.</summary>
    public MapPoint? MapPoint { get; init; }

    // Filled by curate.
    public bool Pinned { get; init; }
    public bool Hidden { get; init; }
    public string? CodeUrl { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    /// <summary>Editor's note as markdown.</summary>
    public string? EditorNote { get; init; }
    /// <summary>Where the note was written (override file, first line of the note), for problems with it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TextSource? EditorNoteSource { get; init; }
    /// <summary>Override files that changed this paper, in the order applied.</summary>
    public ImmutableArray<string> EditedBy { get; init; } = [];
}
