using System.Collections.Immutable;
using System.Text.Json;
using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Computing;
using DigestGen.Model;

namespace DigestGen.Tests.Compute;

public sealed class ComputeStageTests : IDisposable
{
    private static readonly ImmutableArray<MergedPaper> CorpusPapers = [.. ComputeTestData.FirstPapers(80).Select((paper, i) => new MergedPaper
    {
        Id = $"paper-{i:000}",
        Title = paper.Title,
        Abstract = paper.Abstract,
    })];

    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-compute-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Fact]
    public void EveryPaperGetsATopicRelatedPapersAndAMapPoint()
    {
        var result = Run(CorpusPapers);

        var digest = result.Digest;
        Assert.InRange(digest.Topics.Length, 2, 16);
        Assert.Equal(CorpusPapers.Select(paper => paper.Id).Order(StringComparer.Ordinal), digest.Topics.SelectMany(topic => topic.PaperIds).Order(StringComparer.Ordinal));
        Assert.All(digest.Topics, topic =>
        {
            Assert.NotEmpty(topic.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(topic.Label));
            Assert.All(topic.PaperIds, id => Assert.Equal(topic.Id, digest.Papers.Single(paper => paper.Id == id).TopicId));
        });
        Assert.All(digest.Papers, paper =>
        {
            Assert.Equal(5, paper.RelatedIds.Length);
            Assert.DoesNotContain(paper.Id, paper.RelatedIds);
            Assert.InRange(paper.MapPoint!.X, 0, 1);
            Assert.InRange(paper.MapPoint.Y, 0, 1);
        });
        Assert.Contains(result.Notes, note => note.Contains("areas, chosen by silhouette", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAnEmbedderItWarnsAndUsesTfidf()
    {
        var result = Run(CorpusPapers, new ComputeSettings(cache) { EmbedderUnavailableReason = "model package not installed" });

        var warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.EmbeddingsUnavailable);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("model package not installed", warning.Message, StringComparison.Ordinal);
        Assert.Contains("TF-IDF", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAnEmbedderItsVectorsAreUsedAndNoFallbackIsReported()
    {
        using var embedder = new HashedWordsEmbedder();

        var result = Run(CorpusPapers, new ComputeSettings(cache) { Embedder = embedder });

        Assert.Equal(CorpusPapers.Length, embedder.TextsEmbedded);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.EmbeddingsUnavailable);
        Assert.Contains(result.Notes, note => note.Contains(embedder.ModelId, StringComparison.Ordinal));
        Assert.All(result.Digest.Papers, paper => Assert.NotNull(paper.TopicId));
    }

    [Fact]
    public void ARebuildTakesVectorsFromTheCacheAndEmbedsOnlyNewPapers()
    {
        using var embedder = new HashedWordsEmbedder();
        var settings = new ComputeSettings(cache) { Embedder = embedder };
        var first = Run(CorpusPapers[..70], settings);

        var second = Run(CorpusPapers, settings);

        Assert.Equal(80, embedder.TextsEmbedded);
        Assert.Contains("embedded 10 new papers, 70 from cache", string.Join("\n", second.Notes), StringComparison.Ordinal);
        Assert.Equal(
            JsonSerializer.Serialize(Run(CorpusPapers, new ComputeSettings(Path.Combine(cache, "fresh")) { Embedder = new HashedWordsEmbedder() }).Digest.Papers.Select(paper => paper.RelatedIds)),
            JsonSerializer.Serialize(second.Digest.Papers.Select(paper => paper.RelatedIds)));
        Assert.NotEmpty(first.Digest.Topics);
    }

    [Fact]
    public void TopicIdsComeFromTheHistoryInTheCache()
    {
        var first = Run(CorpusPapers).Digest;
        var history = Path.Combine(cache, TopicHistory.FileName);
        var renamed = first.Topics[0].Id;
        File.WriteAllText(history, File.ReadAllText(history).Replace($"\"{renamed}\"", "\"kept-from-last-night\"", StringComparison.Ordinal));

        // The next nightly build: the topic keeps the id the history gives it, not a fresh slug of its label.
        var second = Run(CorpusPapers).Digest;

        Assert.Contains(second.Topics, topic => topic.Id == "kept-from-last-night");
        Assert.DoesNotContain(second.Topics, topic => topic.Id == renamed);
    }

    [Fact]
    public void ANightlyRebuildWithNewPapersKeepsTopicIds()
    {
        // Topics as large as the groups, so each area is one topic.
        var settings = new ComputeSettings(cache) { Clustering = ClusteringOptions.Default with { TopicSize = 16 } };
        var lastNight = Run(ThreeFields(12), settings).Digest;
        var tonight = Run(ThreeFields(16), settings).Digest;

        // Tonight's topics each hold most of a topic from last night (TF-IDF split the quadrotor papers three ways
        // then; with more papers they join up), so every topic keeps a published id and no link breaks.
        Assert.Equal(3, tonight.Topics.Length);
        Assert.All(tonight.Topics, topic => Assert.Contains(topic.Id, lastNight.Topics.Select(old => old.Id)));
        foreach (var topic in lastNight.Topics.Where(old => old.PaperIds.Length >= 10))
        {
            var stayed = topic.PaperIds.Intersect(tonight.Topics.Single(now => now.Id == topic.Id).PaperIds).Count();
            // A paper or two on the border may change topic (on TF-IDF alone the malware/quadrotor border moves).
            Assert.InRange(stayed, topic.PaperIds.Length - 2, topic.PaperIds.Length);
        }
    }

    [Fact]
    public void ANightWithTruncatedInputDoesNotRenameTopicsForGood()
    {
        // Published ids that are not slugs of the labels, so a rebuilt topic cannot get its old id back by chance.
        var first = Run(ThreeFields(16)).Digest;
        var history = Path.Combine(cache, TopicHistory.FileName);
        var text = File.ReadAllText(history);
        foreach (var (topic, index) in first.Topics.Select((topic, index) => (topic, index)))
        {
            text = text.Replace($"\"{topic.Id}\"", $"\"published-{index}\"", StringComparison.Ordinal);
        }

        File.WriteAllText(history, text);
        var published = Run(ThreeFields(16)).Digest;
        Assert.All(published.Topics, topic => Assert.StartsWith("published-", topic.Id, StringComparison.Ordinal));

        // A bad night: the feed was cut off after the first field's papers. Then the whole input again.
        var badNight = Run([.. ThreeFields(16).Where(paper => paper.Id.StartsWith("0-", StringComparison.Ordinal))]).Digest;
        var recovered = Run(ThreeFields(16)).Digest;

        Assert.NotEqual(published.Topics.Length, badNight.Topics.Length);
        Assert.Equal(
            published.Topics.Select(topic => (topic.Id, string.Join(' ', topic.PaperIds.Order(StringComparer.Ordinal)))).OrderBy(topic => topic.Id, StringComparer.Ordinal),
            recovered.Topics.Select(topic => (topic.Id, string.Join(' ', topic.PaperIds.Order(StringComparer.Ordinal)))).OrderBy(topic => topic.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void ALargeSiteContinuesLastNightsTopicsAndMatchesAFullBuildWithTheSameCache()
    {
        // Three areas is the only count allowed here, as one count is from 577 papers on with the default bounds.
        var settings = new ComputeSettings(cache) { Embedder = new HashedWordsEmbedder(), Clustering = ClusteringOptions.Default with { MaxTopics = 3 } };
        var lastNight = Run(CorpusPapers[..70], settings);
        var fullCache = Path.Combine(cache, "copy");
        Directory.CreateDirectory(fullCache);
        foreach (var file in Directory.GetFiles(cache))
        {
            File.Copy(file, Path.Combine(fullCache, Path.GetFileName(file)));
        }

        var nightly = Run(CorpusPapers, settings);
        var full = Run(CorpusPapers, settings with { CacheDirectory = fullCache });
        var again = Run(CorpusPapers, settings);

        Assert.Contains(lastNight.Notes, note => note.Contains("in 3 areas, the most allowed", StringComparison.Ordinal));
        Assert.Contains(nightly.Notes, note => note.Contains("in 3 areas, continued from the previous build", StringComparison.Ordinal));
        Assert.Equal(JsonSerializer.Serialize(full.Digest), JsonSerializer.Serialize(nightly.Digest));
        Assert.Equal(JsonSerializer.Serialize(nightly.Digest), JsonSerializer.Serialize(again.Digest));
    }

    [Fact]
    public void ANightWithFewNewPapersPlacesThemInTheLastFitAndListsRelatedPapersAsAFreshFitWould()
    {
        var settings = new ComputeSettings(cache) { Embedder = new HashedWordsEmbedder(), Clustering = ClusteringOptions.Default with { MaxTopics = 3 } };
        var lastNight = Run(CorpusPapers[..^5], settings);
        var tonight = Run(CorpusPapers, settings);
        var refitted = Run(CorpusPapers, settings with { Refit = RefitPolicy.Always });
        var fresh = Run(CorpusPapers, settings with { CacheDirectory = Path.Combine(cache, "fresh") });

        Assert.Contains(tonight.Notes, note => note.Contains("topics kept from the fit of 2026-11-23: 5 new or changed papers placed", StringComparison.Ordinal));
        Assert.Contains(refitted.Notes, note => note.Contains("fitted afresh: every build refits", StringComparison.Ordinal));
        var topicOf = lastNight.Digest.Papers.ToDictionary(paper => paper.Id, paper => paper.TopicId);
        Assert.All(tonight.Digest.Papers, paper => Assert.Equal(topicOf.GetValueOrDefault(paper.Id, paper.TopicId), paper.TopicId));
        Assert.All(tonight.Digest.Papers, paper => Assert.Contains(paper.TopicId, lastNight.Digest.Topics.Select(topic => topic.Id)));
        Assert.Equal(lastNight.Digest.Topics.Select(topic => topic.Label).Order(StringComparer.Ordinal), tonight.Digest.Topics.Select(topic => topic.Label).Order(StringComparer.Ordinal));
        Assert.Equal(fresh.Digest.Papers.Select(paper => string.Join(' ', paper.RelatedIds)), tonight.Digest.Papers.Select(paper => string.Join(' ', paper.RelatedIds)));
    }

    [Fact]
    public void ACorruptHistoryIsReportedAndReplaced()
    {
        File.WriteAllText(Path.Combine(cache, TopicHistory.FileName), "{\"format\": \"digestgen-topics/1\", \"topics\": [tru");

        var result = Run(CorpusPapers);

        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.TopicHistoryUnreadable);
        Assert.Empty(Run(CorpusPapers).Diagnostics.Where(diagnostic => diagnostic.Code == DiagnosticCodes.TopicHistoryUnreadable));
    }

    [Fact]
    public void SameInputGivesTheSameDigest()
    {
        var first = JsonSerializer.Serialize(Run(CorpusPapers).Digest);
        var second = JsonSerializer.Serialize(Run(CorpusPapers).Digest);

        Assert.Equal(first, second);
    }

    [Fact]
    public void NoPapersMeansNoTopics()
    {
        var result = Run([]);

        Assert.Empty(result.Digest.Topics);
        Assert.False(File.Exists(Path.Combine(cache, TopicHistory.FileName)));
    }

    /// <summary>Papers of three fields (malware, speech recognition, quadrotors), <paramref name="perGroup"/> each, with ids "field-index".</summary>
    private static ImmutableArray<MergedPaper> ThreeFields(int perGroup) =>
    [
        .. new[] { "Malware", "Speech Recognition", "Quadrotor" }.SelectMany((phrase, g) => ComputeTestData.PapersTitled(phrase, 16).Take(perGroup).Select((paper, i) => new MergedPaper
        {
            Id = $"{g}-{i:00}",
            Title = paper.Title,
            Abstract = paper.Abstract,
        })),
    ];

    /// <summary>
    /// One build's compute stage, its topics then published as the pipeline does after a successful build; its
    /// placements joined to the papers as the pipeline joins them.
    /// </summary>
    private Computed Run(ImmutableArray<MergedPaper> papers, ComputeSettings? settings = null)
    {
        settings ??= new ComputeSettings(cache);
        var asOf = new DateOnly(2026, 11, 23);
        var result = ComputeStage.Run(papers, asOf, settings);
        if (result.TopicMemory is { } memory)
        {
            TopicHistory.Save(settings.CacheDirectory, memory);
        }

        foreach (var update in result.CacheUpdates)
        {
            update.Write();
        }

        var digest = Digest.Join(asOf, papers, result.Placements, ImmutableDictionary<string, PaperCuration>.Empty, ImmutableDictionary<string, ImmutableArray<string>>.Empty, [], result.Topics);
        return new Computed(digest, result.Diagnostics, result.Notes);
    }

    private sealed record Computed(Digest Digest, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Notes);
}
