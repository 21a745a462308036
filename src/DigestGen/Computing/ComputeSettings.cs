using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;

namespace DigestGen.Computing;

/// <summary>
/// How the compute stage runs: where its caches live, the embedder (opened by the pipeline, not here) and the device
/// that splits topics and finds related papers (cpu, cuda or auto).
/// </summary>
public sealed record ComputeSettings(string CacheDirectory, string Device = "auto")
{
    /// <summary>The embedder the pipeline opened once for merge and compute; null means TF-IDF vectors.</summary>
    public ITextEmbedder? Embedder { get; init; }

    /// <summary>Why there is no embedder, for the fallback warning (e.g. the model package is not installed).</summary>
    public string? EmbedderUnavailableReason { get; init; }

    /// <summary>Bounds on the number and size of topics.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;

    /// <summary>Related papers listed per paper.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>When a build fits topics and related papers afresh rather than continuing the cached fit.</summary>
    public RefitPolicy Refit { get; init; } = RefitPolicy.Default;
}
