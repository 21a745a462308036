using System.Collections.Immutable;

namespace DigestGen.Tests.Support;

/// <summary>
/// One paper of the real corpus (schema in SOURCES.md), reduced to what the dumps can show.
/// <see cref="Date"/> fills reduced precision (`2024`, `2020-01`) with the first month or day.
/// </summary>
public sealed record CorpusRecord
{
    public required string Title { get; init; }
    public required ImmutableArray<string> Authors { get; init; }
    /// <summary>Null for publication-list entries the source has no abstract for.</summary>
    public string? Abstract { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>arXiv categories, primary first (arxiv-meta only); empty elsewhere.</summary>
    public ImmutableArray<string> Categories { get; init; } = [];
    public string? ArxivId { get; init; }
    /// <summary>Short venue, e.g. "AAAI" or "NeurIPS 2024" (al-folio lists only).</summary>
    public string? Venue { get; init; }
    /// <summary>Long venue name, e.g. "Neural Information Processing Systems (NeurIPS)".</summary>
    public string? VenueFull { get; init; }
    public string? CodeUrl { get; init; }
    /// <summary>Hugging Face upvotes (hf-daily only).</summary>
    public int? Score { get; init; }
    /// <summary>Hugging Face organization name, e.g. "ByteDance Seed".</summary>
    public string? Organization { get; init; }
    /// <summary>The corpus source: hf-daily, arxiv-meta or alfolio.</summary>
    public required string Source { get; init; }
}
