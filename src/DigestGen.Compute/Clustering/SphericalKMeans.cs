using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// K-means on the unit sphere (cosine similarity, centroids re-normalised), the natural fit for embedding and
/// TF-IDF vectors. Seeded with k-means++ from a fixed seed, or started from given centroids (last night's), so the
/// same vectors and start always give the same clusters. Rows are assigned in parallel; each row's result depends
/// on that row alone, so thread timing never changes the outcome.
/// </summary>
internal static class SphericalKMeans
{
    public const int MaxIterations = 40;

    /// <summary>Slack for float rounding in the bounds: a row this close to a border is always re-scored.</summary>
    private const double BoundMargin = 1e-5;

    public static KMeansFit Fit(IClusterVectors vectors, int k, int seed) =>
        Refine(vectors, Start(vectors, k, seed), MaxIterations);

    /// <summary>The k-means++ start <see cref="Fit"/> refines, for fits that run elsewhere (on a GPU).</summary>
    public static Centroids Start(IClusterVectors vectors, int k, int seed) =>
        SeedPlusPlus(vectors, Math.Clamp(k, 1, vectors.Count), new Random(seed));

    /// <summary>
    /// Lloyd rounds from the given centroids until no row moves or the round limit is reached. Rows are re-scored
    /// only when Elkan's bounds allow them to move: each row keeps an upper bound on its distance to its own centroid
    /// and a lower bound on its distance to every other, each shifted by how far that centroid moved; while the first
    /// stays below all the others the row provably keeps its cluster. Late rounds then touch only the rows near a
    /// border. Distances are chord lengths on the unit sphere, √(2 − 2·cosine), which obey the triangle inequality.
    /// </summary>
    public static KMeansFit Refine(IClusterVectors vectors, Centroids start, int maxIterations)
    {
        var count = vectors.Count;
        var k = start.Count;
        var assignments = new int[count];
        var similarities = new float[count];
        var upper = new float[count];
        var lower = new float[count * k];
        var centroids = start;
        ScoreRows(vectors, centroids, assignments, similarities, upper, lower, rescore: null);
        var converged = false;
        for (var iteration = 0; iteration < maxIterations && !converged; iteration++)
        {
            var moved = Update(vectors, assignments, similarities, k);
            var shifts = Enumerable.Range(0, k).Select(c => (float)Chord(moved.Row(c), centroids.Row(c))).ToArray();
            centroids = moved;
            converged = !ScoreRows(vectors, centroids, assignments, similarities, upper, lower, rescore: i =>
            {
                upper[i] += shifts[assignments[i]];
                var bounds = lower.AsSpan(i * k, k);
                var nearestOther = float.MaxValue;
                for (var c = 0; c < k; c++)
                {
                    bounds[c] -= shifts[c];
                    if (c != assignments[i])
                    {
                        nearestOther = Math.Min(nearestOther, bounds[c]);
                    }
                }

                return upper[i] >= nearestOther - BoundMargin;
            });
        }

        // Bounds leave skipped rows' similarities stale; one full pass makes the cohesion exact.
        ScoreRows(vectors, centroids, assignments, similarities, upper, lower, rescore: null);
        return Compact(assignments, centroids, similarities.Average(value => (double)value));
    }

    private static double Chord(double similarity) => Math.Sqrt(Math.Max(0, 2 - (2 * similarity)));

    private static double Chord(ReadOnlySpan<float> left, ReadOnlySpan<float> right) => Chord(TensorPrimitives.Dot(left, right));

    private static Centroids SeedPlusPlus(IClusterVectors vectors, int k, Random random)
    {
        var chosen = new List<int> { random.Next(vectors.Count) };
        var distance = new double[vectors.Count];
        Array.Fill(distance, double.MaxValue);
        while (true)
        {
            var latest = Single(vectors, chosen[^1]);
            Parallel.For(0, vectors.Count, i =>
            {
                Span<float> similarity = stackalloc float[1];
                vectors.Similarities(i, latest, similarity);

                // k-means++ samples by squared distance; on the sphere 1 - cosine is that, halved.
                distance[i] = Math.Min(distance[i], Math.Max(0, 1 - similarity[0]));
            });
            if (chosen.Count == k)
            {
                break;
            }

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

            chosen.Add(next);
        }

        var rows = new float[k * vectors.Dimensions];
        for (var c = 0; c < k; c++)
        {
            vectors.AddTo(chosen[c], rows.AsSpan(c * vectors.Dimensions, vectors.Dimensions));
        }

        return new Centroids(rows, vectors.Dimensions);
    }

    private static Centroids Single(IClusterVectors vectors, int row)
    {
        var values = new float[vectors.Dimensions];
        vectors.AddTo(row, values);
        return new Centroids(values, vectors.Dimensions);
    }

    /// <summary>Assigns the rows <paramref name="rescore"/> picks (all when null) to their most similar centroid.</summary>
    /// <returns>Whether any row changed cluster.</returns>
    private static bool ScoreRows(IClusterVectors vectors, Centroids centroids, int[] assignments, float[] similarities, float[] upper, float[] lower, Func<int, bool>? rescore)
    {
        var k = centroids.Count;
        var changed = 0;
        Parallel.For(0, vectors.Count, () => new float[k], (i, _, scores) =>
        {
            if (rescore is not null && !rescore(i))
            {
                return scores;
            }

            vectors.Similarities(i, centroids, scores);
            var best = 0;
            var bounds = lower.AsSpan(i * k, k);
            for (var c = 0; c < k; c++)
            {
                bounds[c] = (float)Chord(scores[c]);
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            if (assignments[i] != best)
            {
                assignments[i] = best;
                Interlocked.Exchange(ref changed, 1);
            }

            similarities[i] = scores[best];
            upper[i] = bounds[best];
            return scores;
        }, _ => { });
        return changed != 0;
    }

    private static Centroids Update(IClusterVectors vectors, int[] assignments, float[] similarities, int k)
    {
        var dimensions = vectors.Dimensions;
        var sums = new float[k * dimensions];
        var sizes = new int[k];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors.AddTo(i, sums.AsSpan(assignments[i] * dimensions, dimensions));
            sizes[assignments[i]]++;
        }

        // An emptied cluster restarts at the worst-served row, so k clusters stay k.
        if (sizes.Contains(0))
        {
            var worstFirst = Enumerable.Range(0, vectors.Count).OrderBy(i => similarities[i]).ThenBy(i => i).GetEnumerator();
            for (var c = 0; c < k; c++)
            {
                if (sizes[c] == 0 && worstFirst.MoveNext())
                {
                    vectors.AddTo(worstFirst.Current, sums.AsSpan(c * dimensions, dimensions));
                }
            }
        }

        return new Centroids(sums, dimensions);
    }

    /// <summary>Renumbers clusters 0..m-1 in order of first appearance, dropping any left empty (and their centroids).</summary>
    private static KMeansFit Compact(int[] assignments, Centroids centroids, double cohesion)
    {
        var renumber = new Dictionary<int, int>();
        var compact = assignments.Select(cluster => renumber.TryGetValue(cluster, out var id) ? id : renumber[cluster] = renumber.Count).ToArray();
        var order = renumber.OrderBy(entry => entry.Value).Select(entry => entry.Key).ToArray();
        var unchanged = order.Length == centroids.Count && order.Select((old, index) => old == index).All(same => same);
        return new KMeansFit(compact, unchanged ? centroids : centroids.Select(order), cohesion);
    }
}
