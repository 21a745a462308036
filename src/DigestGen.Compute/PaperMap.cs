using System.Globalization;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Kernels;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Projection;
using DigestGen.Compute.Terms;

namespace DigestGen.Compute;

/// <summary>
/// The door into DigestGen.Compute for a build: papers' texts and vectors in; topics inside broad areas, related
/// papers, a point on the 2-D map and the pairs that still look like one paper out. Everything behind it (TF-IDF,
/// k-means, labels, neighbour search, PCA, GPU kernels) is internal. Topics are fitted on the embeddings joined with
/// TF-IDF (bench/results/quality.md), with the topic count chosen on the embeddings; related papers and the map
/// keep the embeddings alone: 5x cheaper for 100k papers.
/// </summary>
/// <param name="Topics">In the order <see cref="TopicOf"/> counts them (not by size).</param>
/// <param name="TopicOf">Each paper's topic, a position in <see cref="Topics"/>.</param>
/// <param name="Related">Each paper's most similar papers (positions), most similar first.</param>
/// <param name="Points">Each paper's place on the map, both coordinates in [0, 1].</param>
/// <param name="Centroids">The areas' centroids in the stored format, for <see cref="MapOptions.PreviousCentroids"/> next build; null when there is one area and nothing to continue from.</param>
/// <param name="TopicNote">How many topics and areas, and how the area count was chosen, for the build log.</param>
/// <param name="OnGpu">Whether topics and related papers were computed on the GPU.</param>
public sealed record PaperMap(
    IReadOnlyList<MappedTopic> Topics,
    IReadOnlyList<int> TopicOf,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<int[]> Related,
    IReadOnlyList<(double X, double Y)> Points,
    IReadOnlyList<NearDuplicatePair> NearDuplicates,
    byte[]? Centroids,
    string TopicNote,
    bool OnGpu)
{
    /// <summary>Up to this many papers related papers are exact: all pairs cost at most a second or two.</summary>
    private const int ExactNeighboursUpTo = 10_000;

    /// <param name="steps">Where each step's cost is recorded for the build log.</param>
    public static PaperMap Build(MapInput input, MapOptions options, StepTimer steps)
    {
        if (input.Texts.Count == 0 || input.Keys.Count != input.Texts.Count || (input.Embeddings is { } given && given.Count != input.Texts.Count))
        {
            throw new ArgumentException($"a map needs at least one paper and one key, text (and embedding, when given) per paper; got {input.Keys.Count} keys, {input.Texts.Count} texts, {input.Embeddings?.Count} embeddings", nameof(input));
        }

        var texts = input.Texts;
        var embeddings = input.Embeddings;
        var tokens = steps.Time("words", () => TokenizedTexts.Tokenize(texts));
        var terms = steps.Time("tf-idf", () => TfidfVectorizer.Fit(tokens));
        var topicVectors = new HybridVectors(embeddings, terms);
        var vectors = embeddings ?? terms.ToDense();
        var centroidLayout = new CentroidLayout(input.EmbeddingModel ?? "tf-idf", topicVectors.TermOffset, terms.Features);
        using var kernels = OnnxKernels.ForDevice(options.Device);
        var hierarchy = steps.Time("topics", () => TopicHierarchy.Fit(
            topicVectors, options.Clustering, countVectors: embeddings is null ? null : new DenseVectors(embeddings),
            previous: options.PreviousCentroids is { } stored ? centroidLayout.Read(stored) : null, kernels));
        var members = steps.Time("topic members", () => ClusterMembers.RankedByCentrality(topicVectors, hierarchy.Topics, hierarchy.TopicCount));
        var descriptions = steps.Time("labels", () => TopicLabeler.Describe(tokens, texts, hierarchy.Topics, hierarchy.TopicCount));
        var areas = steps.Time("area labels", () => LabelAreas(tokens, texts, hierarchy.Areas));
        var clusters = members.Select(cluster => (IReadOnlyList<string>)[.. cluster.Select(i => input.Keys[i])]).ToArray();
        var ids = TopicIdAssigner.Assign(clusters, [.. descriptions.Select(description => description.Label)], options.PreviousTopics);

        // On a GPU all pairs are cheap at any size, so related papers are exact there.
        var neighbours = steps.Time("related", () => kernels is not null
            ? kernels.TopK(vectors, options.RelatedCount)
            : vectors.Count <= ExactNeighboursUpTo
                ? ExactNeighbours.FindTopK(vectors, options.RelatedCount)
                : InvertedFileNeighbours.FindTopK(vectors, options.RelatedCount));
        var points = steps.Time("map", () => PrincipalMap.Project(vectors));
        var duplicates = steps.Time("duplicates", () => NearDuplicateFinder.Find(tokens, neighbours, NearDuplicateRule.Default));
        MappedTopic[] topics = [.. Enumerable.Range(0, hierarchy.TopicCount).Select(topic =>
            new MappedTopic(ids[topic], descriptions[topic].Label, descriptions[topic].Keywords, members[topic], hierarchy.AreaOfTopic[topic]))];
        return new PaperMap(
            topics, hierarchy.Topics, areas, neighbours.Indices, points, duplicates,
            hierarchy.Areas.Centroids is { } centroids ? centroidLayout.Write(centroids) : null,
            Describe(hierarchy), kernels is not null);
    }

    /// <summary>Each area's label and a unique slug of it (areas are anchors on the topics index, not pages of their own).</summary>
    private static MapArea[] LabelAreas(TokenizedTexts tokens, IReadOnlyList<string> texts, TopicClustering areas)
    {
        var labels = TopicLabeler.Describe(tokens, texts, areas.Assignments, areas.ClusterCount).Select(description => description.Label).ToArray();
        var ids = TopicIdAssigner.Assign([.. Enumerable.Range(0, areas.ClusterCount).Select(_ => (IReadOnlyList<string>)[])], labels, []);
        return [.. ids.Select((id, area) => new MapArea(id, labels[area]))];
    }

    private static string Describe(TopicHierarchy hierarchy)
    {
        var areas = hierarchy.Areas;
        var topics = string.Create(CultureInfo.InvariantCulture, $"{hierarchy.TopicCount} topics of about {TopicHierarchy.TargetTopicSize(hierarchy.Topics.Length)} papers in ");
        return topics + areas switch
        {
            { Centroids: null } => $"{areas.ClusterCount} area (too few papers to split)",
            { ContinuedFromPrevious: true } => $"{areas.ClusterCount} areas, continued from the previous build's areas",
            { Candidates.Count: 0 } => $"{areas.ClusterCount} areas, the most allowed for this many papers",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{areas.ClusterCount} areas, chosen by silhouette among {areas.Candidates.Min(c => c.ClusterCount)}–{areas.Candidates.Max(c => c.ClusterCount)} ({areas.Candidates.Max(c => c.Silhouette):F3})"),
        };
    }
}
