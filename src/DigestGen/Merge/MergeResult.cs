using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

public sealed record MergeResult(
    ImmutableArray<MergedPaper> Papers,
    ImmutableArray<Author> Authors,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The paper ids to remember once this build is published (<see cref="PaperIdHistory.Save"/>).</summary>
    public ImmutableArray<PublishedId> IdHistory { get; init; } = [];

    /// <summary>Published ids whose paper now has another id → that id, so overrides addressed to them still find it.</summary>
    public ImmutableDictionary<string, string> FormerIds { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Abstracts of grey-zone pairs that had no vector in <see cref="MergeOptions.AbstractVectors"/>, so text alone
    /// decided them: the pipeline embeds these and merges again (ordinal order, for a stable batch).
    /// </summary>
    public ImmutableArray<string> AbstractsWithoutVectors { get; init; } = [];
}
