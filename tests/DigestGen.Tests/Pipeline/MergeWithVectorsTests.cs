using System.Text.Json;
using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Computing;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Compute;
using DigestGen.Tests.Ingest;
using DigestGen.Tests.Merge;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// Merge and compute as the pipeline runs them, with one counting embedder and one cache: each distinct text is
/// embedded once, only the grey-zone abstracts merge names are embedded for it, and a rebuild embeds nothing.
/// </summary>
public sealed class MergeWithVectorsTests : IDisposable
{
    private static readonly string GreyZoneAbstract = string.Join(' ', SeedAbstracts.AltUp.Split(". ").Take(3)) + " " + SeedAbstracts.ExternalMemory;

    private static readonly ParsedDump[] GreyZoneDumps =
    [
        Dump("000.txt", DumpShape.ProfilePage, Record("Alternating Updates for Efficient Transformers", SeedAbstracts.AltUp)),
        Dump("003.txt", DumpShape.AbstractListing, Record(null, GreyZoneAbstract)),
    ];

    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-merge-with-vectors-").FullName;
    private readonly List<string> notes = [];

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Fact]
    public void A_build_of_the_seeds_embeds_each_paper_once_and_nothing_for_merge()
    {
        using var embedder = new HashedWordsEmbedder();

        var merged = MergeWithVectors.Run(SeedMerge.Dumps(), MergeOptions.TextOnly, embedder, cache, notes.Add, new StepTimer());
        var embeddedForMerge = embedder.TextsEmbedded;
        var computed = ComputeStage.Run(merged.Papers, SeedDumps.AsOf, new ComputeSettings(cache) { Embedder = embedder });

        Assert.Equal(0, embeddedForMerge);
        Assert.Empty(notes);
        Assert.Equal(JsonSerializer.Serialize(SeedMerge.Run()), JsonSerializer.Serialize(merged));
        Assert.Equal(merged.Papers.Select(paper => new PaperTexts([paper])[0]).Distinct(StringComparer.Ordinal).Count(), embedder.TextsEmbedded);
        Assert.Contains(computed.Notes, note => note.StartsWith($"embedded {merged.Papers.Length} new papers, 0 from cache", StringComparison.Ordinal));
    }

    [Fact]
    public void Grey_zone_abstracts_are_embedded_once_between_merge_passes_then_come_from_the_cache()
    {
        using var embedder = new HashedWordsEmbedder();
        var joinByMeaning = MergeOptions.TextOnly with { SemanticSameAt = -1 };

        var first = MergeWithVectors.Run(GreyZoneDumps, joinByMeaning, embedder, cache, notes.Add, new StepTimer());
        var again = MergeWithVectors.Run(GreyZoneDumps, joinByMeaning, embedder, cache, notes.Add, new StepTimer());

        Assert.Equal(2, embedder.TextsEmbedded);
        Assert.All([first, again], result =>
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(2, Assert.Single(result.Papers).Sources.Length);
            Assert.Empty(result.AbstractsWithoutVectors);
        });
        Assert.Equal(["embedded 2 new grey-zone abstracts for merge, 0 from cache (test:hashed-words-64)", "embedded 0 new grey-zone abstracts for merge, 2 from cache (test:hashed-words-64)"], notes);
        // In a file of their own: finding a few abstracts never reads every paper's vector.
        Assert.Single(Directory.GetFiles(Path.Combine(cache, EmbeddingCache.AbstractsFolder)));
        Assert.False(Directory.Exists(Path.Combine(cache, EmbeddingCache.PapersFolder)));
    }

    [Fact]
    public void Papers_and_authors_come_from_the_last_grouping_as_from_one_merge_given_every_vector()
    {
        using var embedder = new HashedWordsEmbedder();
        var joinByMeaning = MergeOptions.TextOnly with { SemanticSameAt = -1 };
        string[] abstracts = [.. GreyZoneDumps.SelectMany(dump => dump.Records).Select(record => record.Abstract!)];
        using var oracle = new HashedWordsEmbedder();
        var everyVector = joinByMeaning with { AbstractVectors = AbstractVectors.Of(abstracts, oracle.Embed(abstracts)) };

        var merged = MergeWithVectors.Run(GreyZoneDumps, joinByMeaning, embedder, cache, notes.Add, new StepTimer());

        Assert.Equal(2, Assert.Single(merged.Papers).Sources.Length);
        Assert.Equal(JsonSerializer.Serialize(MergePapers.Run(GreyZoneDumps, everyVector)), JsonSerializer.Serialize(merged));
    }

    [Fact]
    public void Without_a_model_merge_runs_once_on_text()
    {
        var steps = new StepTimer();
        var result = MergeWithVectors.Run(GreyZoneDumps, MergeOptions.TextOnly with { SemanticSameAt = -1 }, embedder: null, cache, notes.Add, steps);

        Assert.Equal(DiagnosticCodes.UnmatchedAbstract, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(notes);
        Assert.Equal(
            ["records", "groups", "fields", "ids", "authors"],
            steps.Summary("merge").Split(": ")[1].Split(", ").Select(step => step.Split(' ')[0]));
    }
}
