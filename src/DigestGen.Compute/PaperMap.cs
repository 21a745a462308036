using System.Collections.Immutable;
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
/// keep the embeddings alone: 5x cheaper for 100k papers. Between refits (<see cref="RefitPolicy"/>) a build with
/// embeddings continues the previous build's <see cref="Fit"/> instead: known papers keep their topic, new ones join the
/// nearest, labels and areas stay, and only the related lists new papers enter are listed again.
/// </summary>
/// <param name="Topics">In the order <see cref="TopicOf"/> counts them (not by size).</param>
/// <param name="TopicOf">Each paper's topic, a position in <see cref="Topics"/>.</param>
/// <param name="Related">Each paper's most similar papers (positions), most similar first.</param>
/// <param name="Points">Each paper's place on the map, both coordinates in [0, 1].</param>
/// <param name="Centroids">The areas' centroids in the stored format, for <see cref="MapOptions.PreviousCentroids"/> next build (a continued fit hands the previous ones on); null when there is one area and nothing to continue from.</param>
/// <param name="TopicNote">How many topics and areas and how the area count was chosen, or which fit was continued, for the build log.</param>
/// <param name="OnGpu">Whether topics and related papers were fitted on the GPU.</param>
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
        RefuseMisaligned(input, input.Embeddings);
        var (tokens, terms) = CountWords(input.Texts, steps);
        return Build(input, tokens, terms, options, steps);
    }

    /// <summary>
    /// <see cref="Build(MapInput, MapOptions, StepTimer)"/> with the embeddings made by <paramref name="embed"/>, which
    /// runs beside counting the papers' words (tokens and TF-IDF do not need the embeddings); <paramref name="embed"/>
    /// returns null when there is no model, and TF-IDF vectors stand in. <paramref name="input"/> carries no embeddings.
    /// </summary>
    /// <param name="embed">Makes the embeddings, timing its steps on the timer it is given.</param>
    public static PaperMap Build(MapInput input, Func<StepTimer, IReadOnlyList<float[]>?> embed, MapOptions options, StepTimer steps)
    {
        if (input.Embeddings is not null)
        {
            throw new ArgumentException("the embeddings come from embed, not from the input", nameof(input));
        }

        RefuseMisaligned(input, null);
        var (embeddings, (tokens, terms)) = steps.Beside(embed, lane => CountWords(input.Texts, lane));
        RefuseMisaligned(input, embeddings);
        return Build(input with { Embeddings = embeddings }, tokens, terms, options, steps);
    }

    private static void RefuseMisaligned(MapInput input, IReadOnlyList<float[]>? embeddings)
    {
        if (input.Texts.Count == 0 || input.Keys.Count != input.Texts.Count || (embeddings is { } given && given.Count != input.Texts.Count))
        {
            throw new ArgumentException($"a map needs at least one paper and one key, text (and embedding, when given) per paper; got {input.Keys.Count} keys, {input.Texts.Count} texts, {embeddings?.Count} embeddings", nameof(input));
        }
    }

    private static (TokenizedTexts Tokens, TermVectors Terms) CountWords(IReadOnlyList<string> texts, StepTimer steps)
    {
        var tokens = steps.Time("words", () => TokenizedTexts.Tokenize(texts));
        return (tokens, steps.Time("tf-idf", () => TfidfVectorizer.Fit(tokens)));
    }

    /// <summary>
    /// The map from counted words and (perhaps) embeddings. The 2-D map needs only the vectors, so it is projected beside
    /// the fit; the near-duplicate check and the fit kept for the next build need only the related lists, so they run
    /// beside the topics' members and ids.
    /// </summary>
    private static PaperMap Build(MapInput input, TokenizedTexts tokens, TermVectors terms, MapOptions options, StepTimer steps)
    {
        var texts = input.Texts;
        var embeddings = input.Embeddings;
        var topicVectors = new HybridVectors(embeddings, terms);
        var vectors = embeddings ?? terms.ToDense();
        var model = input.EmbeddingModel ?? "tf-idf";
        using var kernels = OnnxKernels.ForDevice(options.Device);
        var textHashes = embeddings is null ? null : ParallelEnumerable.Range(0, texts.Count).AsOrdered().Select(i => MapFit.TextHash(texts[i])).ToArray();
        var ((continuation, refitReason, fitting, (topics, fit), duplicates), points) = steps.Beside(
            fitSteps =>
            {
                var (continuation, refitReason) = textHashes is null
                    ? (null, "related papers from TF-IDF vectors are not kept between builds")
                    : fitSteps.Time("placement", () => FitContinuation.Try(MapFit.Read(options.PreviousFit, model, options.RelatedCount), input.Keys, textHashes, topicVectors, options.AsOf, options.Refit));
                var fitting = continuation is null
                    ? FitAfresh(input, options, tokens, terms, topicVectors, vectors, kernels, fitSteps)
                    : Continue(continuation, options, vectors, fitSteps);
                var (topics, (duplicates, fit)) = fitSteps.Beside(
                    describeSteps =>
                    {
                        var members = describeSteps.Time("topic members", () => ClusterMembers.RankedByCentrality(topicVectors, fitting.Topics, fitting.Descriptions.Count));
                        var clusters = members.Select(cluster => (IReadOnlyList<string>)[.. cluster.Select(i => input.Keys[i])]).ToArray();
                        var ids = TopicIdAssigner.Assign(clusters, [.. fitting.Descriptions.Select(description => description.Label)], options.PreviousTopics);
                        return (MappedTopic[])[.. Enumerable.Range(0, fitting.Descriptions.Count).Select(topic =>
                            new MappedTopic(ids[topic], fitting.Descriptions[topic].Label, fitting.Descriptions[topic].Keywords, members[topic], fitting.AreaOfTopic[topic]))];
                    },
                    duplicateSteps =>
                    {
                        // Between refits only the pairs a new or relisted paper is in are checked: last night checked the rest.
                        var duplicates = duplicateSteps.Time("duplicates", () => NearDuplicateFinder.Find(tokens, fitting.Neighbours, NearDuplicateRule.Default, continuation is null ? null : continuation.KnownApart));
                        var fit = textHashes is null ? null : duplicateSteps.Time("fit kept", () => Remember(fitting, continuation, input.Keys, textHashes, duplicates, model, options).Write());
                        return (duplicates, fit);
                    });
                return (continuation, refitReason, fitting, (topics, fit), duplicates);
            },
            mapSteps => mapSteps.Time("map", () => PrincipalMap.Project(vectors)));
        return new PaperMap(
            topics, fitting.Topics, fitting.Areas, fitting.Neighbours.Indices, points, duplicates, fitting.Centroids,
            continuation is null ? $"{fitting.Note}; fitted afresh: {refitReason}" : refitReason,
            OnGpu: kernels is not null && continuation is null)
        {
            Fit = fit,
        };
    }

    /// <summary>
    /// What the next build continues from (<see cref="MapOptions.PreviousFit"/>) instead of fitting again, as stored;
    /// null without embeddings: related papers from TF-IDF vectors are not kept, since every new paper changes them all.
    /// </summary>
    public byte[]? Fit { get; init; }

    /// <summary>Topics inside areas, labels and related papers, fitted afresh on every paper.</summary>
    private static Fitting FitAfresh(
        MapInput input, MapOptions options, TokenizedTexts tokens, TermVectors terms, HybridVectors topicVectors, IReadOnlyList<float[]> vectors, OnnxKernels? kernels, StepTimer steps)
    {
        var embeddings = input.Embeddings;
        var centroidLayout = new CentroidLayout(input.EmbeddingModel ?? "tf-idf", topicVectors.TermOffset, terms.Features);
        var hierarchy = steps.Time("topics", () => TopicHierarchy.Fit(
            topicVectors, options.Clustering, countVectors: embeddings is null ? null : new DenseVectors(embeddings),
            previous: options.PreviousCentroids is { } stored ? centroidLayout.Read(stored) : null, kernels));
        var descriptions = steps.Time("labels", () => TopicLabeler.Describe(tokens, input.Texts, hierarchy.Topics, hierarchy.TopicCount));
        var areas = steps.Time("area labels", () => LabelAreas(tokens, input.Texts, hierarchy.Areas));

        // On a GPU all pairs are cheap at any size, so related papers are exact there.
        var neighbours = steps.Time("related", () => kernels is not null
            ? kernels.TopK(vectors, options.RelatedCount)
            : vectors.Count <= ExactNeighboursUpTo
                ? ExactNeighbours.FindTopK(vectors, options.RelatedCount)
                : InvertedFileNeighbours.FindTopK(vectors, options.RelatedCount));
        return new Fitting(
            hierarchy.Topics, descriptions, hierarchy.AreaOfTopic, areas, neighbours,
            hierarchy.Areas.Centroids is { } centroids ? centroidLayout.Write(centroids) : null, Describe(hierarchy));
    }

    /// <summary>
    /// The last fit continued: its labels and areas, tonight's papers placed into its topics (a topic every paper has
    /// left is dropped), related lists updated; the areas' centroids are handed on for the next refit to start from.
    /// </summary>
    private static Fitting Continue(FitContinuation continuation, MapOptions options, IReadOnlyList<float[]> vectors, StepTimer steps)
    {
        var fit = continuation.Fit;
        var kept = continuation.Placement.Topics.Distinct().Order().ToArray();
        var position = new int[fit.Topics.Count];
        for (var topic = 0; topic < kept.Length; topic++)
        {
            position[kept[topic]] = topic;
        }

        var neighbours = steps.Time("related", () => NeighbourUpdate.Update(vectors, continuation.PreviousRelated, options.RelatedCount));
        return new Fitting(
            [.. continuation.Placement.Topics.Select(topic => position[topic])],
            [.. kept.Select(topic => new TopicDescription(fit.Topics[topic].Label, fit.Topics[topic].Keywords))],
            [.. kept.Select(topic => fit.Topics[topic].Area)],
            [.. fit.Areas], neighbours, options.PreviousCentroids, string.Empty);
    }

    /// <summary>What the next build continues from: tonight's topics and related papers, dated by the fit they come from.</summary>
    private static MapFit Remember(Fitting fitting, FitContinuation? continuation, IReadOnlyList<string> keys, string[] textHashes, IReadOnlyList<NearDuplicatePair> duplicates, string model, MapOptions options) =>
        new(
            MapFit.CurrentFormat,
            model,
            options.RelatedCount,
            continuation?.Fit.Fitted ?? MapFit.DayText(options.AsOf),
            continuation?.Fit.FittedPapers ?? keys.Count,
            fitting.Areas,
            [.. fitting.Descriptions.Select((description, topic) => new FitTopic(description.Label, description.Keywords, fitting.AreaOfTopic[topic]))],
            keys,
            textHashes,
            fitting.Topics,
            continuation is null ? [] : [.. Enumerable.Range(0, keys.Count).Where(row => !continuation.Fitted[row])],
            fitting.Neighbours.Indices,
            [.. duplicates.Select(pair => new[] { pair.First, pair.Second })]);

    /// <summary>Every paper's topic with the topics' labels and areas, and every paper's related papers: fitted afresh or continued.</summary>
    private sealed record Fitting(int[] Topics, IReadOnlyList<TopicDescription> Descriptions, int[] AreaOfTopic, IReadOnlyList<MapArea> Areas, NeighbourLists Neighbours, byte[]? Centroids, string Note);

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
