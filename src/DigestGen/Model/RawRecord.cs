using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// One paper as one dump states it, before merging. Fields a shape does not carry are null
/// (an arXiv abstract listing has no title; a trending list has no authors).
/// </summary>
public sealed record RawRecord
{
    public required SourceRef Source { get; init; }
    public string? Title { get; init; }
    /// <summary>
    /// Other plausible readings of a glued line (a venue badge run into the title), besides <see cref="Title"/>
    /// and <see cref="Venue"/>. Merge prefers a reading whose title another dump confirms.
    /// </summary>
    public ImmutableArray<TitleReading> AlternativeReadings { get; init; } = [];
    public ImmutableArray<string> Authors { get; init; } = [];
    /// <summary>The dump cut the author list short ("et al.").</summary>
    public bool AuthorsTruncated { get; init; }
    public string? Abstract { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Two-letter category as the dumps write it (LG, ML, CL…).</summary>
    public string? Category { get; init; }
    public string? Venue { get; init; }
    /// <summary>Extra venue qualifier from a badge, e.g. "spotlight".</summary>
    public string? VenueNote { get; init; }
    public int? Year { get; init; }
    public double? Score { get; init; }
    public bool? HasCode { get; init; }
    public string? Org { get; init; }
    /// <summary>1-based position in a trending list.</summary>
    public int? TrendingRank { get; init; }
}
