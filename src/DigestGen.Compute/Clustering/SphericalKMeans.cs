using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// K-means on the unit sphere (cosine similarity, centroids re-normalised), the natural fit for embedding and
/// TF-IDF vectors. Seeded with k-means++ from a fixed seed, so the same vectors always give the same clusters.
/// </summary>
internal static class SphericalKMeans
{
    private const int MaxIterations = 40;

    /// <returns>Cluster of each vector (0..k-1, every cluster non-empty) and the mean cosine to its centroid.</returns>
    public static (int[] Assignments, double Cohesion) Fit(IReadOnlyList<float[]> vectors, int k, int seed)
    {
        var count = vectors.Count;
        k = Math.Clamp(k, 1, count);
        var centroids = SeedPlusPlus(vectors, k, new Random(seed));
        var assignments = new int[count];
        var similarities = new float[count];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = Assign(vectors, centroids, assignments, similarities);
            if (!changed && iteration > 0)
            {
                break;
            }

            centroids = UpdateCentroids(vectors, assignments, similarities, k);
        }

        Assign(vectors, centroids, assignments, similarities);
        return (Compact(assignments), similarities.Average());
    }

    private static float[][] SeedPlusPlus(IReadOnlyList<float[]> vectors, int k, Random random)
    {
        var centroids = new List<float[]> { vectors[random.Next(vectors.Count)] };
        var distance = vectors.Select(vector => Distance(vector, centroids[0])).ToArray();
        while (centroids.Count < k)
        {
            var total = distance.Sum();
            var next = 0;
            if (total > 0)
            {
                var target = random.NextDouble() * total;
                while (next < distance.Length - 1 && (target -= distance[next]) > 0)
                {
                    next++;
                }
            }
            else
            {
                next = random.Next(vectors.Count);
            }

            centroids.Add(vectors[next]);
            for (var i = 0; i < vectors.Count; i++)
            {
                distance[i] = Math.Min(distance[i], Distance(vectors[i], vectors[next]));
            }
        }

        return [.. centroids];
    }

    /// <summary>k-means++ samples by squared distance; on the sphere 1 - cosine is that, halved.</summary>
    private static double Distance(float[] vector, float[] centroid) => Math.Max(0, 1 - TensorPrimitives.Dot(vector, centroid));

    private static bool Assign(IReadOnlyList<float[]> vectors, float[][] centroids, int[] assignments, float[] similarities)
    {
        var changed = 0;
        Parallel.For(0, vectors.Count, i =>
        {
            var best = 0;
            var bestSimilarity = float.NegativeInfinity;
            for (var c = 0; c < centroids.Length; c++)
            {
                var similarity = TensorPrimitives.Dot(vectors[i], centroids[c]);
                if (similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (c, similarity);
                }
            }

            if (assignments[i] != best)
            {
                assignments[i] = best;
                Interlocked.Exchange(ref changed, 1);
            }

            similarities[i] = bestSimilarity;
        });
        return changed != 0;
    }

    private static float[][] UpdateCentroids(IReadOnlyList<float[]> vectors, int[] assignments, float[] similarities, int k)
    {
        var dimensions = vectors[0].Length;
        var sums = Enumerable.Range(0, k).Select(_ => new float[dimensions]).ToArray();
        var sizes = new int[k];
        for (var i = 0; i < vectors.Count; i++)
        {
            TensorPrimitives.Add(sums[assignments[i]], vectors[i], sums[assignments[i]]);
            sizes[assignments[i]]++;
        }

        // An emptied cluster restarts at the worst-served vector, so k clusters stay k.
        var worstFirst = Enumerable.Range(0, vectors.Count).OrderBy(i => similarities[i]).ThenBy(i => i).GetEnumerator();
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0 && worstFirst.MoveNext())
            {
                vectors[worstFirst.Current].CopyTo(sums[c], 0);
            }

            VectorMath.NormaliseInPlace(sums[c]);
        }

        return sums;
    }

    /// <summary>Renumbers clusters 0..m-1 in order of first appearance, dropping any left empty.</summary>
    private static int[] Compact(int[] assignments)
    {
        var renumber = new Dictionary<int, int>();
        return assignments.Select(cluster => renumber.TryGetValue(cluster, out var id) ? id : renumber[cluster] = renumber.Count).ToArray();
    }
}
