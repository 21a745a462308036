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

    /// <summary>The topics earlier builds published, so a topic that keeps most of its papers keeps its id.</summary>
    public IReadOnlyList<PreviousTopic> PreviousTopics { get; init; } = [];
}
