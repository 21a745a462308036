using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.NearDuplicates;

namespace DigestGen.Tests.Compute;

/// <summary>
/// DigestGen.Compute's door: what a build may use is <see cref="PaperMap"/> (with the <see cref="RefitPolicy"/> that says
/// when it fits afresh rather than continuing the previous fit) and the embedder, and nothing else is public, so the stage cannot come to depend on k-means, TF-IDF or neighbour-search internals again.
/// </summary>
public sealed class PaperMapTests
{
    private static readonly IReadOnlyList<string> Texts = [.. ComputeTestData.FirstPapers(60).Select(paper => $"{paper.Title}. {paper.Abstract}")];
    private static readonly IReadOnlyList<string> Keys = [.. Texts.Select((_, i) => $"paper-{i:00}")];

    [Fact]
    public void Only_the_map_and_the_embedder_are_public()
    {
        Type[] door =
        [
            typeof(PaperMap), typeof(MapInput), typeof(MapOptions), typeof(MappedTopic), typeof(MapArea), typeof(StepTimer), typeof(SideBySide), typeof(RefitPolicy),
            typeof(ClusteringOptions), typeof(PreviousTopic), typeof(NearDuplicatePair),
            typeof(ITextEmbedder), typeof(EmbedderFactory), typeof(EmbedderOptions), typeof(EmbedderSelection),
            typeof(EmbedderUnavailableException), typeof(EmbeddingCache),
            typeof(DigestGen.Unicode.UnicodeNormalization),
        ];

        Assert.Equal(
            door.Select(type => type.FullName).Order(StringComparer.Ordinal),
            typeof(PaperMap).Assembly.GetExportedTypes().Select(type => type.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_paper_is_in_one_topic_of_one_area_with_related_papers_and_a_point()
    {
        var map = Build(new MapOptions { Clustering = ClusteringOptions.Default with { MaxTopics = 3 } });

        Assert.Equal(Keys.Count, map.TopicOf.Count);
        Assert.Equal(Enumerable.Range(0, Keys.Count), map.Topics.SelectMany(topic => topic.Members).Order());
        Assert.All(Enumerable.Range(0, Keys.Count), paper => Assert.Contains(paper, map.Topics[map.TopicOf[paper]].Members));
        Assert.All(map.Topics, topic => Assert.InRange(topic.Area, 0, map.Areas.Count - 1));
        Assert.All(map.Related, related => Assert.Equal(5, related.Length));
        Assert.All(map.Points, point => Assert.True(point.X is >= 0 and <= 1 && point.Y is >= 0 and <= 1));
        Assert.Equal(3, map.Areas.Count);
    }

    [Fact]
    public void The_next_build_continues_from_the_centroids_it_gave_and_starts_afresh_from_anything_else()
    {
        var options = new MapOptions { Clustering = ClusteringOptions.Default with { MaxTopics = 3 } };
        var lastNight = Build(options);

        var continued = Build(options with { PreviousCentroids = lastNight.Centroids });
        var afresh = Build(options with { PreviousCentroids = "not centroids"u8.ToArray() });

        Assert.NotNull(lastNight.Centroids);
        Assert.Contains("continued from the previous build's areas", continued.TopicNote, StringComparison.Ordinal);
        Assert.DoesNotContain("continued", afresh.TopicNote, StringComparison.Ordinal);
        Assert.Equal(lastNight.TopicOf, afresh.TopicOf);
    }

    [Fact]
    public void Between_refits_the_previous_fit_is_continued_and_foreign_or_stale_bytes_fit_afresh()
    {
        var (lastNight, tonight, options, day) = LastNightAndTonight(Texts);
        var continued = PaperMap.Build(tonight, options with { AsOf = day.AddDays(1), PreviousFit = lastNight.Fit }, new StepTimer());
        var stale = PaperMap.Build(tonight, options with { AsOf = day.AddDays(7), PreviousFit = lastNight.Fit }, new StepTimer());
        var foreign = PaperMap.Build(tonight, options with { AsOf = day.AddDays(1), PreviousFit = "not a fit"u8.ToArray() }, new StepTimer());

        Assert.Contains("topics kept from the fit of 2026-12-01: 2 new or changed papers placed", continued.TopicNote, StringComparison.Ordinal);
        Assert.Equal(lastNight.TopicOf, continued.TopicOf.Take(58));
        Assert.EndsWith("fitted afresh: the fit of 2026-12-01 is 7 days old (refit every 7)", stale.TopicNote, StringComparison.Ordinal);
        Assert.EndsWith("fitted afresh: no fit to continue in the cache", foreign.TopicNote, StringComparison.Ordinal);
        Assert.Null(Build(new MapOptions()).Fit);
    }

    [Fact]
    public void Between_refits_only_pairs_with_a_new_or_relisted_paper_are_checked_and_the_rest_keep_last_nights_verdict()
    {
        // Paper 1 is paper 0 cut short: one paper twice, in last night's fit and kept tonight.
        var texts = Texts.Select((text, i) => i == 1 ? Texts[0][..(Texts[0].Length * 3 / 4)] : text).ToArray();
        var (lastNight, tonight, options, day) = LastNightAndTonight(texts);
        PaperMap Continue(Func<MapFit, MapFit> kept) => PaperMap.Build(tonight, options with
        {
            AsOf = day.AddDays(1),
            PreviousFit = kept(MapFit.Read(lastNight.Fit, tonight.EmbeddingModel!, options.RelatedCount)!).Write(),
        }, new StepTimer());

        var continued = Continue(fit => fit);
        var claimedApart = Continue(fit => fit with { Duplicates = [] });

        Assert.Contains(lastNight.NearDuplicates, pair => (pair.First, pair.Second) == (0, 1));
        Assert.Contains(continued.NearDuplicates, pair => (pair.First, pair.Second) == (0, 1));
        Assert.Equal(MapJson(claimedApart with { NearDuplicates = continued.NearDuplicates, Fit = null }), MapJson(continued with { Fit = null }));
        // Last night's verdict is trusted, not checked again: a fit that says the two are apart keeps them apart.
        Assert.DoesNotContain(claimedApart.NearDuplicates, pair => (pair.First, pair.Second) == (0, 1));
    }

    [Fact]
    public void A_fit_whose_rows_do_not_line_up_or_point_outside_is_no_fit()
    {
        var (lastNight, tonight, options, _) = LastNightAndTonight(Texts);
        var fit = MapFit.Read(lastNight.Fit, tonight.EmbeddingModel!, options.RelatedCount)!;
        MapFit? Reread(MapFit changed) => MapFit.Read(changed.Write(), tonight.EmbeddingModel!, options.RelatedCount);

        Assert.NotNull(Reread(fit));
        Assert.Equal(lastNight.Fit, fit.Write());
        Assert.Null(Reread(fit with { Texts = [.. fit.Texts.Skip(1)] }));
        Assert.Null(Reread(fit with { Keys = [.. fit.Keys.Take(fit.Keys.Count - 1), fit.Keys[0]] }));
        Assert.Null(Reread(fit with { TopicOf = [.. fit.TopicOf.Skip(1), fit.Topics.Count] }));
        Assert.Null(Reread(fit with { Related = [.. fit.Related.Skip(1), [fit.Keys.Count]] }));
        Assert.Null(Reread(fit with { Placed = [-1] }));
        Assert.Null(Reread(fit with { Duplicates = [[0]] }));
        Assert.Null(MapFit.Read("""{"format":"digestgen-fit/1","model":"m","relatedCount":10,"fitted":"2026-12-01","fittedPapers":1,"areas":[],"topics":[],"papers":{}}"""u8.ToArray(), "m", 10));
    }

    // Two odd records (a recipe, a bird's route) among the seed site's papers drifted 0.36 and refitted 18 topics into
    // 19, renaming most of them and leaving three topic overrides without their topic (DG0407).
    [Fact]
    public void A_handful_of_odd_papers_does_not_refit_until_enough_are_placed_to_judge_drift()
    {
        string[] odd = ["Slow-cooked tomato sauce. Simmer peeled tomatoes with garlic, basil and olive oil for four hours.",
            "Arctic tern migration. Ringed birds fly from Greenland to the Weddell Sea along the coasts of Africa."];
        var (lastNight, tonight, options, day) = LastNightAndTonight([.. Texts.Take(58), .. odd]);
        var continued = PaperMap.Build(tonight, options with { AsOf = day.AddDays(1), PreviousFit = lastNight.Fit }, new StepTimer());
        var judged = PaperMap.Build(tonight, options with { AsOf = day.AddDays(1), PreviousFit = lastNight.Fit, Refit = RefitPolicy.Default with { DriftFromPlaced = 2 } }, new StepTimer());

        Assert.Matches(@"topics kept from the fit of 2026-12-01: 2 new or changed papers placed .*\(drift 0\.\d+ not judged: 2 papers placed since the fit, drift counts from 50;", continued.TopicNote);
        Assert.Equal(lastNight.TopicOf, continued.TopicOf.Take(58));
        Assert.Contains("fitted afresh: the 2 papers placed since the fit agree with their topics less than the fitted ones", judged.TopicNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_keeps_the_id_a_previous_build_published_for_its_papers()
    {
        var lastNight = Build(new MapOptions());
        var kept = lastNight.Topics[0];

        var tonight = Build(new MapOptions { PreviousTopics = [new PreviousTopic("published-last-night", [.. kept.Members.Select(i => Keys[i])])] });

        Assert.Equal("published-last-night", tonight.Topics[tonight.TopicOf[kept.Members[0]]].Id);
        Assert.DoesNotContain(tonight.Topics, topic => topic.Id == kept.Id);
    }

    [Fact]
    public void Lists_that_do_not_line_up_are_refused_before_any_work()
    {
        var steps = new StepTimer();

        Assert.Throws<ArgumentException>(() => PaperMap.Build(new MapInput(Keys.Take(59).ToArray(), Texts, null, null), new MapOptions(), steps));
        Assert.Throws<ArgumentException>(() => PaperMap.Build(new MapInput(Keys, Texts, [new float[4]], "model"), new MapOptions(), steps));
        Assert.Throws<ArgumentException>(() => PaperMap.Build(new MapInput([], [], null, null), new MapOptions(), steps));
        Assert.Equal("compute steps (wall/CPU s): ", steps.Summary());
    }

    [Fact]
    public void Embeddings_made_beside_the_word_counts_give_the_map_that_given_embeddings_give()
    {
        using var embedder = new HashedWordsEmbedder();
        var embeddings = embedder.Embed(Texts);
        var options = new MapOptions { Clustering = ClusteringOptions.Default with { MaxTopics = 3 }, Device = "cpu" };
        var steps = new StepTimer();

        var given = PaperMap.Build(new MapInput(Keys, Texts, embeddings, embedder.ModelId), options, new StepTimer());
        var beside = PaperMap.Build(new MapInput(Keys, Texts, null, embedder.ModelId), lane => lane.Time("vectors", () => embeddings), options, steps);

        Assert.Equal(MapJson(given), MapJson(beside));
        Assert.StartsWith("compute steps (wall/CPU s): (vectors ", steps.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Embeddings_made_beside_must_line_up_with_the_texts_and_come_from_one_place()
    {
        using var embedder = new HashedWordsEmbedder();
        var embeddings = embedder.Embed(Texts);

        Assert.Throws<ArgumentException>(() => PaperMap.Build(new MapInput(Keys, Texts, null, "model"), _ => embeddings.Take(59).ToArray(), new MapOptions(), new StepTimer()));
        Assert.Throws<ArgumentException>(() => PaperMap.Build(new MapInput(Keys, Texts, embeddings, "model"), _ => embeddings, new MapOptions(), new StepTimer()));
    }

    /// <summary>Fields included: the map's points are tuples.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions MapJsonOptions = new() { IncludeFields = true };

    private static string MapJson(PaperMap map) => System.Text.Json.JsonSerializer.Serialize(map, MapJsonOptions);

    /// <summary>Last night's fit of the first 58 of <paramref name="texts"/> (on 2026-12-01) and tonight's input with all of them.</summary>
    private static (PaperMap LastNight, MapInput Tonight, MapOptions Options, DateOnly Day) LastNightAndTonight(IReadOnlyList<string> texts)
    {
        using var embedder = new HashedWordsEmbedder();
        var embeddings = embedder.Embed(texts);
        var day = new DateOnly(2026, 12, 1);
        var options = new MapOptions { Clustering = ClusteringOptions.Default with { MaxTopics = 3 }, Device = "cpu", AsOf = day };
        var lastNight = PaperMap.Build(new MapInput(Keys.Take(58).ToArray(), texts.Take(58).ToArray(), embeddings.Take(58).ToArray(), embedder.ModelId), options, new StepTimer());
        return (lastNight, new MapInput(Keys, texts, embeddings, embedder.ModelId), options, day);
    }

    private static PaperMap Build(MapOptions options) => PaperMap.Build(new MapInput(Keys, Texts, Embeddings: null, EmbeddingModel: null), options with { Device = "cpu" }, new StepTimer());
}
