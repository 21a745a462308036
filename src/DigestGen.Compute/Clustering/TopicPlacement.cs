namespace DigestGen.Compute.Clustering;

/// <summary>
/// Places rows into topics fitted earlier, without fitting again: each unplaced row joins the topic whose members'
/// mean direction is nearest (ties: the lower topic). How well the placed rows fit their topics, against how well the
/// fitted ones do, tells the caller when the topics have drifted far enough to fit them again.
/// </summary>
/// <param name="Topics">Topic of every row.</param>
/// <param name="FittedCohesion">Mean cosine of the rows the last fit placed to their topic's direction.</param>
/// <param name="PlacedCohesion">The same for rows placed since (tonight's included); NaN when there are none.</param>
internal sealed record TopicPlacement(int[] Topics, double FittedCohesion, double PlacedCohesion)
{
    /// <summary>How much less the placed rows agree with their topics than the fitted rows do; 0 when none were placed.</summary>
    public double Drift => double.IsNaN(PlacedCohesion) ? 0 : FittedCohesion - PlacedCohesion;

    /// <param name="topics">Each row's topic, or -1 for a row to place now.</param>
    /// <param name="fitted">Whether the row's topic came from the fit itself, rather than from a placement since.</param>
    public static TopicPlacement Place(IClusterVectors vectors, IReadOnlyList<int> topics, IReadOnlyList<bool> fitted, int topicCount)
    {
        var placed = topics.ToArray();
        var known = Directions(vectors, placed, topicCount);
        Parallel.For(0, vectors.Count, () => new float[topicCount], (i, _, scores) =>
        {
            if (placed[i] < 0)
            {
                scores.AsSpan().Clear();
                vectors.Similarities(i, known, scores);
                placed[i] = scores.AsSpan().IndexOf(System.Numerics.Tensors.TensorPrimitives.Max(scores));
            }

            return scores;
        }, _ => { });

        // Cohesion against the topics with every member in, so fitted and placed rows are both measured against a mean that includes them.
        // Each row is scored against its own topic only: a hundredth of scoring it against every topic.
        var all = Directions(vectors, placed, topicCount);
        var own = Enumerable.Range(0, topicCount).Select(topic => all.Select([topic])).ToArray();
        var cohesion = new float[vectors.Count];
        Parallel.For(0, vectors.Count, () => new float[1], (i, _, score) =>
        {
            vectors.Similarities(i, own[placed[i]], score);
            cohesion[i] = score[0];
            return score;
        }, _ => { });

        double Mean(bool wasFitted)
        {
            var rows = Enumerable.Range(0, vectors.Count).Where(i => fitted[i] == wasFitted).ToList();
            return rows.Count == 0 ? double.NaN : rows.Average(i => (double)cohesion[i]);
        }

        return new TopicPlacement(placed, Mean(true), Mean(false));
    }

    /// <summary>Each topic's mean direction over the rows in it (rows at -1 are left out).</summary>
    private static Centroids Directions(IClusterVectors vectors, int[] topics, int topicCount)
    {
        var sums = new float[topicCount * vectors.Dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (topics[i] >= 0)
            {
                vectors.AddTo(i, sums.AsSpan(topics[i] * vectors.Dimensions, vectors.Dimensions));
            }
        }

        return new Centroids(sums, vectors.Dimensions);
    }
}
