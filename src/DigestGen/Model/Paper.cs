using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// One paper as render, search and data/papers.json see it: merge's <see cref="MergedPaper"/> with compute's
/// <see cref="PaperPlacement"/>, the editors' <see cref="PaperCuration"/> and rank's <see cref="PaperRank"/> joined
/// in one place (<see cref="Join"/>, <see cref="Digest.Join"/>, <see cref="Digest.Ranked"/>). No stage fills it in.
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
    /// <summary>Which source each field was taken from (field name in camelCase → source): a dump record, or an override line.</summary>
    public ImmutableSortedDictionary<string, SourceRef> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceRef>.Empty;

    public string? TopicId { get; init; }
    public ImmutableArray<string> RelatedIds { get; init; } = [];
    /// <summary>Position on the 2-D topic map (unit square), when compute placed it.</summary>
    public MapPoint? MapPoint { get; init; }

    public bool Pinned { get; init; }
    public string? CodeUrl { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    /// <summary>Editor's note as markdown.</summary>
    public string? EditorNote { get; init; }
    /// <summary>Where the note was written (override file, first line of the note), for problems with it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TextSource? EditorNoteSource { get; init; }
    /// <summary>Override files that changed this paper, in the order applied.</summary>
    public ImmutableArray<string> EditedBy { get; init; } = [];

    /// <summary>The as-of date of the first build that saw this paper, kept across builds in the cache.</summary>
    public DateOnly? FirstSeen { get; init; }
    public PaperLinks? Links { get; init; }
    public TrendingScore? Trending { get; init; }

    /// <summary>The day a paper belongs to: its publication date, else the day DigestGen first saw it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? Day => Date ?? FirstSeen;

    /// <summary>
    /// The merged paper with what compute placed and editors set: an editor's value wins over merge's and compute's.
    /// </summary>
    /// <param name="authorIds">The author ids after the editors' author overrides.</param>
    /// <param name="topicId">The topic after editors moved papers and hid topics; null when it has none.</param>
    /// <param name="relatedIds">Compute's related papers that are in the digest.</param>
    public static Paper Join(MergedPaper merged, PaperPlacement? placement, PaperCuration curation, ImmutableArray<string> authorIds, string? topicId, ImmutableArray<string> relatedIds) => new()
    {
        Id = merged.Id,
        Title = curation.Title ?? merged.Title,
        Authors = curation.Authors ?? merged.Authors,
        AuthorsTruncated = curation.Authors is null && merged.AuthorsTruncated,
        AuthorIds = authorIds,
        Abstract = merged.Abstract,
        Date = curation.Date ?? merged.Date,
        Category = merged.Category,
        Venue = curation.Venue ?? merged.Venue,
        Score = merged.Score,
        HasCode = merged.HasCode || curation.CodeUrl is not null,
        Org = merged.Org,
        TrendingRank = merged.TrendingRank,
        Sources = merged.Sources,
        FieldSources = merged.FieldSources.SetItems(curation.FieldSources),
        TopicId = topicId,
        RelatedIds = relatedIds,
        MapPoint = placement?.MapPoint,
        Pinned = curation.Pinned,
        CodeUrl = curation.CodeUrl,
        Tags = curation.Tags,
        EditorNote = curation.EditorNote,
        EditorNoteSource = curation.EditorNoteSource,
        EditedBy = curation.EditedBy,
    };
}
