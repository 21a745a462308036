namespace DigestGen.Compute.Clustering;

/// <summary>
/// Bounds on topic granularity. The number of topics is chosen from the data (best silhouette) among the counts
/// these bounds allow: topics a reader can browse hold roughly <see cref="MinTopicSize"/> to
/// <see cref="MaxTopicSize"/> papers.
/// </summary>
public sealed record ClusteringOptions(int MinTopicSize = 5, int MaxTopicSize = 150, int MaxTopics = 60, int Seed = 20240601)
{
    public static readonly ClusteringOptions Default = new();

    /// <summary>
    /// Candidate counts and k-means starts are fitted on at most this many vectors (a fixed sample); the chosen fit
    /// is then refined on all.
    /// </summary>
    public int SelectionSampleSize { get; init; } = 8000;

    /// <summary>Topic size areas are split to; null: <see cref="TopicHierarchy.TargetTopicSize"/> of the paper count.</summary>
    public int? TopicSize { get; init; }

    /// <summary>Silhouettes are scored on at most this many vectors (quadratic cost).</summary>
    public int SilhouetteSampleSize { get; init; } = 2000;
}
