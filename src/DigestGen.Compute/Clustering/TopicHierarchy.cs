using DigestGen.Compute.Kernels;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// Papers grouped twice: into a few broad areas, and each area into topics of a size a reader can scan.
/// </summary>
/// <param name="Areas">The area clustering (its centroids are what the next build continues from).</param>
/// <param name="Topics">Topic of each paper, 0..<paramref name="TopicCount"/>-1; every paper has one.</param>
/// <param name="AreaOfTopic">Area of each topic.</param>
internal sealed record TopicHierarchy(TopicClustering Areas, int[] Topics, int TopicCount, int[] AreaOfTopic)
{
    /// <summary>Most areas any site gets; about the cube root of the paper count below that (7 for 300 papers, 22 for 10,000).</summary>
    public const int MaxAreas = 25;

    /// <summary>Topic sizes aimed at: √papers, at least 8 and at most 150 (17 for 300 papers, 100 for 10,000).</summary>
    public static int TargetTopicSize(int papers) => Math.Clamp((int)Math.Round(Math.Sqrt(papers)), 8, 150);

    /// <summary>
    /// Areas by <see cref="TopicClusterer"/> (count chosen by silhouette where a few are allowed, continued from the
    /// previous build's centroids where one is), then each area split by spherical k-means into about
    /// size / <see cref="TargetTopicSize"/> topics; a topic over twice the target is split once more.
    /// </summary>
    /// <param name="kernels">When given (a GPU), areas are split into topics by its k-means graph, on dense copies of each area's rows.</param>
    public static TopicHierarchy Fit(IClusterVectors vectors, ClusteringOptions options, IClusterVectors? countVectors = null, Centroids? previous = null, OnnxKernels? kernels = null)
    {
        var count = vectors.Count;
        var areas = TopicClusterer.Cluster(vectors, AreaOptions(count, options), countVectors, previous);
        var target = options.TopicSize ?? TargetTopicSize(count);
        var topics = new int[count];
        var areaOfTopic = new List<int>();
        var members = Enumerable.Range(0, count).ToLookup(i => areas.Assignments[i]);
        for (var area = 0; area < areas.ClusterCount; area++)
        {
            foreach (var topic in Split(vectors, [.. members[area]], target, options.Seed, kernels, splitAgain: true))
            {
                foreach (var paper in topic)
                {
                    topics[paper] = areaOfTopic.Count;
                }

                areaOfTopic.Add(area);
            }
        }

        return new TopicHierarchy(areas, topics, areaOfTopic.Count, [.. areaOfTopic]);
    }

    /// <summary>Area counts up to ∛papers (at most <see cref="MaxAreas"/> and the options' most topics), from √papers / 3 where that is lower: one count from 577 papers on.</summary>
    internal static ClusteringOptions AreaOptions(int papers, ClusteringOptions options) => options with
    {
        MaxTopics = Math.Min(options.MaxTopics, Math.Min(MaxAreas, (int)Math.Ceiling(Math.Cbrt(papers)))),
        MaxTopicSize = int.MaxValue,
    };

    private static IEnumerable<int[]> Split(IClusterVectors vectors, int[] rows, int target, int seed, OnnxKernels? kernels, bool splitAgain)
    {
        var k = (int)Math.Round((double)rows.Length / target);
        if (k < 2)
        {
            return [rows];
        }

        var subset = new RowSubset(vectors, rows);
        var assignments = kernels is null ? SphericalKMeans.Fit(subset, k, seed).Assignments : KMeansOn(kernels, subset, k, seed);

        // Parts in order of first appearance, whichever way they were numbered.
        var parts = Enumerable.Range(0, rows.Length).GroupBy(i => assignments[i])
            .Select(part => part.Select(i => rows[i]).ToArray());
        return parts.SelectMany(part => splitAgain && part.Length > 2 * target ? Split(vectors, part, target, seed, kernels, splitAgain: false) : [part]);
    }

    /// <summary>The same k-means++ start as the managed fit, refined by the kernels' Lloyd rounds on dense rows.</summary>
    private static int[] KMeansOn(OnnxKernels kernels, IClusterVectors subset, int k, int seed)
    {
        var dense = new float[subset.Count * subset.Dimensions];
        for (var i = 0; i < subset.Count; i++)
        {
            subset.AddTo(i, dense.AsSpan(i * subset.Dimensions, subset.Dimensions));
        }

        return kernels.KMeans(dense, subset.Dimensions, SphericalKMeans.Start(subset, k, seed), SphericalKMeans.MaxIterations).Assignments;
    }
}
