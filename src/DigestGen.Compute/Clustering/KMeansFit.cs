namespace DigestGen.Compute.Clustering;

/// <summary>A k-means result: each row's cluster, the centroids it was assigned by, and how tight the fit is.</summary>
/// <param name="Assignments">Cluster of each row, 0..k-1, every cluster non-empty.</param>
/// <param name="Cohesion">Mean cosine of the rows to their centroids.</param>
internal sealed record KMeansFit(int[] Assignments, Centroids Centroids, double Cohesion);
