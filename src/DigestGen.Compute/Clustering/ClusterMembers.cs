using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>Lists each cluster's members, most central first (cosine to the cluster's mean direction).</summary>
public static class ClusterMembers
{
    public static int[][] RankedByCentrality(IReadOnlyList<float[]> vectors, IReadOnlyList<int> assignments, int clusterCount)
    {
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        var centroids = Enumerable.Range(0, clusterCount).Select(_ => new float[dimensions]).ToArray();
        for (var i = 0; i < vectors.Count; i++)
        {
            TensorPrimitives.Add(centroids[assignments[i]], vectors[i], centroids[assignments[i]]);
        }

        return Enumerable.Range(0, clusterCount)
            .Select(cluster => Enumerable.Range(0, vectors.Count)
                .Where(i => assignments[i] == cluster)
                .OrderByDescending(i => VectorMath.Cosine(vectors[i], centroids[cluster]))
                .ThenBy(i => i)
                .ToArray())
            .ToArray();
    }
}
