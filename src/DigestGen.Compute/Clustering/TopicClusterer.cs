namespace DigestGen.Compute.Clustering;

/// <summary>
/// Groups papers into topics with spherical k-means. The topic count is the one among those the options allow
/// whose clusters separate best (mean silhouette on a fixed sample); the fit starts from a few k-means++ seedings
/// on a fixed sample of at most <see cref="ClusteringOptions.SelectionSampleSize"/> papers and is then refined on
/// all. Where only one count is allowed and last night's centroids have it, the fit continues from them instead:
/// cheaper, and topics move only as far as the new papers pull them. Deterministic for given vectors and start.
/// </summary>
internal static class TopicClusterer
{
    private const int MaxCandidates = 12;
    /// <summary>Small sets are cheap and their k-means starts matter most; large ones settle from few starts.</summary>
    private const int SmallSetRestarts = 10;
    private const int LargeSetRestarts = 3;
    private const int SmallSetSize = 1000;

    /// <summary>
    /// Rounds a continued fit may take: enough to settle fully, so rebuilding unchanged input changes nothing (a
    /// settled fit continued again is a no-op), and cheap because the bounds skip all but the border papers.
    /// </summary>
    private const int ContinuedIterations = 150;

    /// <inheritdoc cref="Cluster(IClusterVectors, ClusteringOptions, IClusterVectors?, Centroids?)"/>
    public static TopicClustering Cluster(IReadOnlyList<float[]> vectors, ClusteringOptions options, IReadOnlyList<float[]>? countVectors = null) =>
        Cluster(new DenseVectors(vectors), options, countVectors is null ? null : new DenseVectors(countVectors));

    /// <param name="countVectors">
    /// The vectors the topic count is chosen on, when not <paramref name="vectors"/> themselves: the silhouette of
    /// embeddings joined with TF-IDF is nearly flat and would pick the largest count allowed.
    /// </param>
    /// <param name="previous">Last build's centroids in the space of <paramref name="vectors"/>, if any.</param>
    public static TopicClustering Cluster(IClusterVectors vectors, ClusteringOptions options, IClusterVectors? countVectors = null, Centroids? previous = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(countVectors?.Count ?? vectors.Count, vectors.Count);
        var count = vectors.Count;
        var candidates = CandidateCounts(count, options);
        if (candidates.Count == 0)
        {
            return new TopicClustering(new int[count], count == 0 ? 0 : 1, []);
        }

        // Where the count is fixed anyway (from about 9,000 papers on, the most topics allowed), last night's topics
        // are continued; smaller sites choose their count afresh each build, which is cheap at their size.
        if (candidates.Count == 1 && previous is not null && previous.Dimensions == vectors.Dimensions && previous.Count == candidates[0])
        {
            return Result(SphericalKMeans.Refine(vectors, previous, ContinuedIterations), [], continued: true);
        }

        var selection = Sample(count, options.SelectionSampleSize, options.Seed);
        var scores = candidates.Count == 1 ? [] : ScoreCounts(new RowSubset(countVectors ?? vectors, selection), candidates, options);
        var chosen = scores.Length == 0 ? candidates[0] : scores.OrderByDescending(score => score.Silhouette).ThenBy(score => score.ClusterCount).First().ClusterCount;

        // Restarts on the sample find a good start; Lloyd rounds on all papers then settle it.
        var start = BestOfRestarts(new RowSubset(vectors, selection), chosen, options.Seed);
        var fit = selection.Length == count ? start : SphericalKMeans.Refine(vectors, start.Centroids, SphericalKMeans.MaxIterations);
        return Result(fit, scores, continued: false);
    }

    private static TopicClustering Result(KMeansFit fit, IReadOnlyList<ClusterCountScore> scores, bool continued) =>
        new(fit.Assignments, fit.Centroids.Count, scores) { Centroids = fit.Centroids, ContinuedFromPrevious = continued };

    /// <summary>Fits each candidate count on the sample and scores its silhouette on a smaller fixed sample.</summary>
    private static ClusterCountScore[] ScoreCounts(IClusterVectors sample, IReadOnlyList<int> candidates, ClusteringOptions options)
    {
        var scoring = Sample(sample.Count, options.SilhouetteSampleSize, options.Seed + 1);
        var similarities = SimilarityMatrix(new RowSubset(sample, scoring));
        return [.. candidates.Select(k =>
        {
            var assignments = BestOfRestarts(sample, k, options.Seed).Assignments;
            return new ClusterCountScore(k, Silhouette(similarities, [.. scoring.Select(i => assignments[i])]));
        })];
    }

    /// <summary>A few seeded restarts guard against a poor k-means++ start; the most cohesive fit wins.</summary>
    private static KMeansFit BestOfRestarts(IClusterVectors vectors, int k, int seed) =>
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

    private static float[][] SimilarityMatrix(IClusterVectors vectors)
    {
        var all = new float[vectors.Count * vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors.AddTo(i, all.AsSpan(i * vectors.Dimensions, vectors.Dimensions));
        }

        var asCentroids = new Centroids(all, vectors.Dimensions);
        var matrix = new float[vectors.Count][];
        Parallel.For(0, vectors.Count, i =>
        {
            matrix[i] = new float[vectors.Count];
            vectors.Similarities(i, asCentroids, matrix[i]);
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
