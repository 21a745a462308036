using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// Compute stage: turns the merged list into a map. Every paper gets a vector (embedding through the cache, or TF-IDF
/// when no model is available); DigestGen.Compute's <see cref="PaperMap"/> gives each a topic inside a broad area
/// (labelled by c-TF-IDF), related papers and a point on the 2-D map, and the pairs that still look like one paper,
/// which are reported. Topic ids are kept stable across builds through <see cref="TopicHistory"/>, and the areas
/// continue from the previous build's centroids; between refits (<see cref="ComputeSettings.Refit"/>) the previous
/// build's fit is continued instead of fitted again (both kept through <see cref="ComputeCacheFile"/>). The build log
/// gets each step's cost.
/// </summary>
public static class ComputeStage
{
    private const string ComputeFile = "compute";

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
        var (remembered, problem) = TopicHistory.Load(settings.CacheDirectory, asOf);
        // The vectors are read from the cache (or embedded) while PaperMap counts the papers' words, which need none.
        var map = PaperMap.Build(
            new MapInput([.. papers.Select(paper => paper.Id)], texts, Embeddings: null, settings.Embedder?.ModelId),
            lane => lane.Time("vectors", () => Embed(texts, settings, diagnostics, notes)),
            new MapOptions
            {
                Clustering = settings.Clustering,
                RelatedCount = settings.RelatedCount,
                Device = settings.Device,
                PreviousCentroids = ComputeCacheFile.TopicCentroids.Load(settings.CacheDirectory),
                PreviousTopics = TopicHistory.Previous(remembered),
                PreviousFit = ComputeCacheFile.Fit.Load(settings.CacheDirectory),
                Refit = settings.Refit,
                AsOf = asOf,
            },
            steps);
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.TopicHistoryUnreadable, Path.Combine(settings.CacheDirectory, TopicHistory.FileName), 0, problem, "nothing to do: the file is rewritten by this build"));
        }

        notes.Add(map.TopicNote);
        if (map.OnGpu)
        {
            notes.Add("topics split and related papers found on the GPU (k-means and exact top-k as ONNX graphs through the CUDA execution provider)");
        }

        foreach (var pair in map.NearDuplicates)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning, DiagnosticCodes.PossibleDuplicate, ComputeFile, 0,
                string.Create(CultureInfo.InvariantCulture, $"papers '{papers[pair.First].Id}' and '{papers[pair.Second].Id}' look like one paper (text overlap {pair.TextOverlap:F2}, cosine {pair.Cosine:F2})"),
                "if they are the same paper, give both dump records the same title so merge joins them"));
        }

        var placements = papers.Select((paper, i) => new PaperPlacement(
            paper.Id,
            map.Topics[map.TopicOf[i]].Id,
            [.. map.Related[i].Select(j => papers[j].Id)],
            new MapPoint(map.Points[i].X, map.Points[i].Y))).ToImmutableArray();
        var topics = map.Topics
            .Select(topic => new Topic(
                topic.Id,
                topic.Label,
                [.. topic.Keywords],
                Description: null,
                [.. topic.Members.Select(i => papers[i].Id)]) { Area = new TopicArea(map.Areas[topic.Area].Id, map.Areas[topic.Area].Label) })
            .OrderByDescending(topic => topic.PaperIds.Length)
            .ThenBy(topic => topic.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var topicMemory = new TopicMemory(asOf, [.. map.Topics.Select(topic => new PreviousTopic(topic.Id, [.. topic.Members.Select(i => papers[i].Id)]))], remembered);
        notes.Add(steps.Summary());
        return new ComputeResult(placements, topics, diagnostics.ToImmutable(), notes.ToImmutable()) { TopicMemory = topicMemory, CacheUpdates =
        [
            ComputeCacheFile.TopicCentroids.Update(settings.CacheDirectory, map.Centroids),
            ComputeCacheFile.Fit.Update(settings.CacheDirectory, map.Fit),
        ],
        };
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
}
