using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Kernels;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Projection;
using DigestGen.Compute.Terms;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// Compute stage: turns the merged list into a map. Every paper gets a vector (embedding, or TF-IDF when no model
/// is available), then a topic (clusters of embedding and TF-IDF joined, labelled by c-TF-IDF, ids kept stable
/// across builds), related papers (top-k cosine: exact, or through an inverted file beyond 10,000 papers) and a point
/// on the 2-D map; pairs that still look like one paper are reported. The build log gets each step's cost.
/// </summary>
public static class ComputeStage
{
    private const string ComputeFile = "compute";

    /// <summary>Up to this many papers related papers are exact: all pairs cost at most a second or two.</summary>
    private const int ExactNeighboursUpTo = 10_000;

    public static ComputeResult Run(ImmutableArray<MergedPaper> papers, DateOnly asOf, ComputeSettings settings)
    {
        if (papers.IsEmpty)
        {
            return new ComputeResult([], [], [], []);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var notes = ImmutableArray.CreateBuilder<string>();
        var steps = new StepTimer();
        var texts = new PaperTexts(papers);
        var embeddings = steps.Time("vectors", () => Embed(texts, settings, diagnostics, notes));
        var tokens = steps.Time("words", () => TokenizedTexts.Tokenize(texts));
        var terms = steps.Time("tf-idf", () => TfidfVectorizer.Fit(tokens));

        // Embeddings alone separate fields less well than the fields' own words do, so topics are fitted on both
        // joined (bench/results/quality.md), with the topic count chosen on the embeddings. Related papers and the map
        // keep the 512-d embeddings: 5x cheaper for 100k papers.
        var topicVectors = new HybridVectors(embeddings, terms);
        var vectors = embeddings ?? terms.ToDense();
        var vectorModel = settings.Embedder?.ModelId ?? "tf-idf";
        var embeddingDimensions = topicVectors.TermOffset;
        // With CUDA, areas are split into topics and related papers found by ONNX graphs on the GPU.
        using var kernels = OnnxKernels.ForDevice(settings.Device);
        var hierarchy = steps.Time("topics", () => TopicHierarchy.Fit(
            topicVectors, settings.Clustering, countVectors: embeddings is null ? null : new DenseVectors(embeddings),
            previous: TopicCentroidCache.Load(settings.CacheDirectory, vectorModel, embeddingDimensions, terms.Features), kernels));
        var centroidsUpdate = new CacheUpdate(Path.Combine(settings.CacheDirectory, TopicCentroidCache.FileName),
            () => TopicCentroidCache.Save(settings.CacheDirectory, vectorModel, embeddingDimensions, terms.Features, hierarchy.Areas.Centroids));
        var members = steps.Time("topic members", () => ClusterMembers.RankedByCentrality(topicVectors, hierarchy.Topics, hierarchy.TopicCount));
        var descriptions = steps.Time("labels", () => TopicLabeler.Describe(tokens, texts, hierarchy.Topics, hierarchy.TopicCount));
        var areas = steps.Time("area labels", () => Areas(tokens, texts, hierarchy.Areas));
        var (topicIds, topicMemory) = AssignStableIds(papers, members, descriptions, settings.CacheDirectory, asOf, diagnostics);
        notes.Add(TopicNote(hierarchy));

        // On a GPU all pairs are cheap at any size, so related papers are exact there.
        var neighbours = steps.Time("related", () => kernels is not null
            ? kernels.TopK(vectors, settings.RelatedCount)
            : papers.Length <= ExactNeighboursUpTo
                ? ExactNeighbours.FindTopK(vectors, settings.RelatedCount)
                : InvertedFileNeighbours.FindTopK(vectors, settings.RelatedCount));
        if (kernels is not null)
        {
            notes.Add("topics split and related papers found on the GPU (k-means and exact top-k as ONNX graphs through the CUDA execution provider)");
        }

        var map = steps.Time("map", () => PrincipalMap.Project(vectors));
        foreach (var pair in steps.Time("duplicates", () => NearDuplicateFinder.Find(tokens, neighbours, NearDuplicateRule.Default)))
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning, DiagnosticCodes.PossibleDuplicate, ComputeFile, 0,
                string.Create(CultureInfo.InvariantCulture, $"papers '{papers[pair.First].Id}' and '{papers[pair.Second].Id}' look like one paper (text overlap {pair.TextOverlap:F2}, cosine {pair.Cosine:F2})"),
                "if they are the same paper, give both dump records the same title so merge joins them"));
        }

        var placements = papers.Select((paper, i) => new PaperPlacement(
            paper.Id,
            topicIds[hierarchy.Topics[i]],
            [.. neighbours.Indices[i].Select(j => papers[j].Id)],
            new MapPoint(map[i].X, map[i].Y))).ToImmutableArray();
        var topics = Enumerable.Range(0, hierarchy.TopicCount)
            .Select(cluster => new Topic(
                topicIds[cluster],
                descriptions[cluster].Label,
                [.. descriptions[cluster].Keywords],
                Description: null,
                [.. members[cluster].Select(i => papers[i].Id)]) { Area = areas[hierarchy.AreaOfTopic[cluster]] })
            .OrderByDescending(topic => topic.PaperIds.Length)
            .ThenBy(topic => topic.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        notes.Add(steps.Summary());
        return new ComputeResult(placements, topics, diagnostics.ToImmutable(), notes.ToImmutable()) { TopicMemory = topicMemory, CacheUpdates = [centroidsUpdate] };
    }

    /// <summary>The papers' embeddings, or null (with a warning) when there is no model: TF-IDF stands in.</summary>
    private static IReadOnlyList<float[]>? Embed(PaperTexts texts, ComputeSettings settings, ImmutableArray<Diagnostic>.Builder diagnostics, ImmutableArray<string>.Builder notes)
    {
        if (settings.Embedder is { } embedder)
        {
            var clock = Stopwatch.StartNew();
            var cache = new EmbeddingCache(settings.CacheDirectory);
            var embedded = cache.GetOrEmbed(embedder, texts, out var newlyEmbedded);
            var rate = newlyEmbedded == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {newlyEmbedded / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):F1} papers/s");
            notes.Add($"embedded {newlyEmbedded} new papers, {texts.Count - newlyEmbedded} from cache ({embedder.ModelId}){rate}");
            notes.AddRange(cache.Notes);
            return embedded;
        }

        diagnostics.Add(new Diagnostic(
            Severity.Warning, DiagnosticCodes.EmbeddingsUnavailable, ComputeFile, 0,
            $"no embedding model ({settings.EmbedderUnavailableReason ?? "none configured"}); topics, related papers and the map use TF-IDF vectors, which separate topics less well",
            "run scripts/bootstrap.sh to install the built-in model, or pass --model and --vocab"));
        return null;
    }

    private static (string[] Ids, TopicMemory Memory) AssignStableIds(ImmutableArray<MergedPaper> papers, int[][] members, IReadOnlyList<TopicDescription> descriptions, string cacheDirectory, DateOnly asOf, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (remembered, problem) = TopicHistory.Load(cacheDirectory, asOf);
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.TopicHistoryUnreadable, Path.Combine(cacheDirectory, TopicHistory.FileName), 0, problem, "nothing to do: the file is rewritten by this build"));
        }

        var clusters = members.Select(cluster => (IReadOnlyList<string>)[.. cluster.Select(i => papers[i].Id)]).ToArray();
        var ids = TopicIdAssigner.Assign(clusters, [.. descriptions.Select(description => description.Label)], TopicHistory.Previous(remembered));
        return (ids, new TopicMemory(asOf, [.. ids.Select((id, cluster) => new PreviousTopic(id, clusters[cluster]))], remembered));
    }

    /// <summary>Each area's label and a unique slug of it (areas are anchors on the topics index, not pages of their own).</summary>
    private static TopicArea[] Areas(TokenizedTexts tokens, PaperTexts texts, TopicClustering areas)
    {
        var labels = TopicLabeler.Describe(tokens, texts, areas.Assignments, areas.ClusterCount).Select(description => description.Label).ToArray();
        var ids = TopicIdAssigner.Assign([.. Enumerable.Range(0, areas.ClusterCount).Select(_ => (IReadOnlyList<string>)[])], labels, []);
        return [.. ids.Select((id, area) => new TopicArea(id, labels[area]))];
    }

    private static string TopicNote(TopicHierarchy hierarchy)
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
