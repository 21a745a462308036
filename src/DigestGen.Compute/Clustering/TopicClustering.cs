namespace DigestGen.Compute.Clustering;

/// <summary>The chosen clustering, and how each candidate topic count scored, for the build notes and the bench.</summary>
/// <param name="Assignments">Cluster of each input vector, 0..<see cref="ClusterCount"/>-1.</param>
internal sealed record TopicClustering(int[] Assignments, int ClusterCount, IReadOnlyList<ClusterCountScore> Candidates)
{
    /// <summary>Each cluster's direction, for the next build to continue from; null when there was nothing to split.</summary>
    public Centroids? Centroids { get; init; }

    /// <summary>Whether the fit continued from the previous build's centroids (the count was kept, not chosen).</summary>
    public bool ContinuedFromPrevious { get; init; }
}

/// <summary>Mean silhouette (cosine distance) of a k-cluster fit, in [-1, 1]; higher separates better.</summary>
internal sealed record ClusterCountScore(int ClusterCount, double Silhouette);
