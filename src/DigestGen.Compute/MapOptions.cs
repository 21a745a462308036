using DigestGen.Compute.Clustering;

namespace DigestGen.Compute;

/// <summary>How papers are mapped, and what the previous build left to continue from.</summary>
public sealed record MapOptions
{
    /// <summary>Bounds on the number and size of topics.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;

    /// <summary>Related papers listed per paper.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>cpu, cuda or auto: with CUDA, areas are split into topics and related papers found on the GPU.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>The previous build's <see cref="PaperMap.Centroids"/>, as stored; null (or foreign bytes) starts the areas afresh.</summary>
    public byte[]? PreviousCentroids { get; init; }

    /// <summary>The previous build's <see cref="PaperMap.Fit"/>, as stored: continued unless <see cref="Refit"/> says a new fit is due; null (or foreign bytes) fits afresh.</summary>
    public byte[]? PreviousFit { get; init; }

    /// <summary>When a previous fit is no longer continued but fitted afresh.</summary>
    public RefitPolicy Refit { get; init; } = RefitPolicy.Default;

    /// <summary>The build's day: a new fit is dated by it, and a previous fit's age is counted up to it.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>The topics earlier builds published, so a topic that keeps most of its papers keeps its id.</summary>
    public IReadOnlyList<PreviousTopic> PreviousTopics { get; init; } = [];
}
