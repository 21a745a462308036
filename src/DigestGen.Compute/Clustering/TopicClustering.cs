namespace DigestGen.Compute.Clustering;

/// <summary>The chosen clustering, and how each candidate topic count scored, for the build notes and the bench.</summary>
/// <param name="Assignments">Cluster of each input vector, 0..<see cref="ClusterCount"/>-1.</param>
public sealed record TopicClustering(int[] Assignments, int ClusterCount, IReadOnlyList<ClusterCountScore> Candidates);

/// <summary>Mean silhouette (cosine distance) of a k-cluster fit, in [-1, 1]; higher separates better.</summary>
public sealed record ClusterCountScore(int ClusterCount, double Silhouette);
