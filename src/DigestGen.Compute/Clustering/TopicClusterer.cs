using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// Groups papers into topics: spherical k-means for every candidate topic count the options allow, keeping the
/// count whose clusters separate best (mean silhouette on a fixed sample). Deterministic for given vectors.
/// </summary>
public static class TopicClusterer
{
    private const int MaxCandidates = 12;
    /// <summary>Small sets are cheap and their k-means starts matter most; large ones settle from few starts.</summary>
    private const int SmallSetRestarts = 10;
    private const int LargeSetRestarts = 3;
    private const int SmallSetSize = 1000;

    /// <param name="countVectors">
    /// The vectors the topic count is chosen on, when not <paramref name="vectors"/> themselves: the silhouette of
    /// embeddings joined with TF-IDF is nearly flat and would pick the largest count allowed.
    /// </param>
    public static TopicClustering Cluster(IReadOnlyList<float[]> vectors, ClusteringOptions options, IReadOnlyList<float[]>? countVectors = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(countVectors?.Count ?? vectors.Count, vectors.Count);
        var count = vectors.Count;
        var candidates = CandidateCounts(count, options);
        if (candidates.Count == 0)
        {
            return new TopicClustering(new int[count], count == 0 ? 0 : 1, []);
        }

        var selection = Sample(count, options.SelectionSampleSize, options.Seed);
        var selectionVectors = selection.Select(i => (countVectors ?? vectors)[i]).ToArray();
        var scoring = Sample(selection.Length, options.SilhouetteSampleSize, options.Seed + 1);
        var similarities = SimilarityMatrix(scoring.Select(i => selectionVectors[i]).ToArray());

        var scores = candidates
            .Select(k =>
            {
                var assignments = BestOfRestarts(selectionVectors, k, options.Seed).Assignments;
                return new ClusterCountScore(k, Silhouette(similarities, scoring.Select(i => assignments[i]).ToArray()));
            })
            .ToArray();
        var chosen = scores.OrderByDescending(score => score.Silhouette).ThenBy(score => score.ClusterCount).First().ClusterCount;

        var best = BestOfRestarts(vectors, chosen, options.Seed);
        return new TopicClustering(best.Assignments, best.Assignments.Max() + 1, scores);
    }

    /// <summary>A few seeded restarts guard against a poor k-means++ start; the most cohesive fit wins.</summary>
    private static (int[] Assignments, double Cohesion) BestOfRestarts(IReadOnlyList<float[]> vectors, int k, int seed) =>
        Enumerable.Range(0, vectors.Count <= SmallSetSize ? SmallSetRestarts : LargeSetRestarts)
            .Select(restart => SphericalKMeans.Fit(vectors, k, seed + restart))
            .OrderByDescending(fit => fit.Cohesion)
            .First();

    /// <summary>
    /// Topic counts between max(count/MaxTopicSize, √count/3) and count/MinTopicSize, at most twelve, spaced
    /// geometrically.
    /// </summary>
    internal static IReadOnlyList<int> CandidateCounts(int count, ClusteringOptions options)
    {
        var high = Math.Min(options.MaxTopics, count / options.MinTopicSize);
        // Silhouettes of embedding vectors favour a coarse two-way split of a whole field; at least √n / 3 topics
        // (6 for 300 papers) keeps the index worth browsing.
        var low = Math.Max(2, Math.Max((int)Math.Ceiling((double)count / options.MaxTopicSize), Math.Min(high, (int)Math.Ceiling(Math.Sqrt(count) / 3))));
        if (high < low)
        {
            return high >= 2 ? [high] : [];
        }

        if (high - low + 1 <= MaxCandidates)
        {
            return Enumerable.Range(low, high - low + 1).ToArray();
        }

        var ratio = Math.Pow((double)high / low, 1.0 / (MaxCandidates - 1));
        return Enumerable.Range(0, MaxCandidates).Select(step => (int)Math.Round(low * Math.Pow(ratio, step))).Distinct().ToArray();
    }

    /// <summary>A fixed pseudo-random subset of indices (all of them when few enough), in ascending order.</summary>
    private static int[] Sample(int count, int size, int seed)
    {
        if (count <= size)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        var indices = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(indices);
        return indices.Take(size).Order().ToArray();
    }

    private static float[][] SimilarityMatrix(float[][] vectors)
    {
        var matrix = vectors.Select(_ => new float[vectors.Length]).ToArray();
        Parallel.For(0, vectors.Length, i =>
        {
            for (var j = 0; j < vectors.Length; j++)
            {
                matrix[i][j] = TensorPrimitives.Dot(vectors[i], vectors[j]);
            }
        });
        return matrix;
    }

    /// <summary>Mean silhouette with cosine distance; a point alone in its cluster scores 0, as usual.</summary>
    internal static double Silhouette(float[][] similarities, int[] assignments)
    {
        var clusters = assignments.Max() + 1;
        var sizes = new int[clusters];
        foreach (var cluster in assignments)
        {
            sizes[cluster]++;
        }

        var total = 0.0;
        for (var i = 0; i < assignments.Length; i++)
        {
            var distanceSums = new double[clusters];
            for (var j = 0; j < assignments.Length; j++)
            {
                if (j != i)
                {
                    distanceSums[assignments[j]] += 1 - similarities[i][j];
                }
            }

            var own = assignments[i];
            if (sizes[own] < 2)
            {
                continue;
            }

            var cohesion = distanceSums[own] / (sizes[own] - 1);
            var separation = Enumerable.Range(0, clusters)
                .Where(c => c != own && sizes[c] > 0)
                .Select(c => distanceSums[c] / sizes[c])
                .DefaultIfEmpty(cohesion)
                .Min();
            var larger = Math.Max(cohesion, separation);
            total += larger > 0 ? (separation - cohesion) / larger : 0;
        }

        return total / assignments.Length;
    }
}
