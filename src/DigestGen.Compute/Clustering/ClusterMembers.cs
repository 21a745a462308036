namespace DigestGen.Compute.Clustering;

/// <summary>Lists each cluster's members, most central first (cosine to the cluster's mean direction).</summary>
internal static class ClusterMembers
{
    public static int[][] RankedByCentrality(IClusterVectors vectors, IReadOnlyList<int> assignments, int clusterCount)
    {
        var sums = new float[clusterCount * vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors.AddTo(i, sums.AsSpan(assignments[i] * vectors.Dimensions, vectors.Dimensions));
        }

        var centroids = new Centroids(sums, vectors.Dimensions);
        var centrality = new float[vectors.Count];
        Parallel.For(0, vectors.Count, () => new float[clusterCount], (i, _, scores) =>
        {
            vectors.Similarities(i, centroids, scores);
            centrality[i] = scores[assignments[i]];
            return scores;
        }, _ => { });
        var members = Enumerable.Range(0, vectors.Count).ToLookup(i => assignments[i]);
        return Enumerable.Range(0, clusterCount)
            .Select(cluster => members[cluster].OrderByDescending(i => centrality[i]).ThenBy(i => i).ToArray())
            .ToArray();
    }
}
