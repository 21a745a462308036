namespace DigestGen.Compute.Clustering;

/// <summary>A k-means result: each row's cluster, the centroids it was assigned by, and how tight the fit is.</summary>
/// <param name="Assignments">Cluster of each row, 0..k-1, every cluster non-empty.</param>
/// <param name="Cohesion">Mean cosine of the rows to their centroids.</param>
/// <param name="Converged">Whether another round would change nothing (then re-fitting from these centroids is a no-op).</param>
internal sealed record KMeansFit(int[] Assignments, Centroids Centroids, double Cohesion, bool Converged);
