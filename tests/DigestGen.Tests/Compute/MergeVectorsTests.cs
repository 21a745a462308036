using System.Text.Json;
using DigestGen.Computing;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Ingest;
using DigestGen.Tests.Merge;

namespace DigestGen.Tests.Compute;

/// <summary>
/// The seeds through the embedding steps as the pipeline orders them: vectors → merge → compute, one counting
/// embedder and one cache. Each distinct text is embedded once, merge embeds nothing, and a rebuild embeds nothing.
/// </summary>
public sealed class MergeVectorsTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-merge-vectors-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Fact]
    public void A_build_of_the_seeds_embeds_each_distinct_text_once()
    {
        using var embedder = new HashedWordsEmbedder();
        var dumps = SeedMerge.Dumps();

        var (vectors, notes) = MergeVectors.Embed(dumps, embedder, cache);
        var embeddedForMerge = embedder.TextsEmbedded;
        var merged = MergePapers.Run(dumps, MergeOptions.TextOnly with { AbstractVectors = vectors });
        var embeddedByMerge = embedder.TextsEmbedded - embeddedForMerge;
        var computed = ComputeStage.Run(new Digest(SeedDumps.AsOf, merged.Papers, merged.Authors, []), new ComputeSettings(cache) { Embedder = embedder });

        var abstracts = dumps.SelectMany(dump => dump.Records).Select(record => record.Abstract).OfType<string>().Where(text => !string.IsNullOrWhiteSpace(text)).ToHashSet(StringComparer.Ordinal);
        var paperTexts = merged.Papers.Select(paper => new PaperTexts([paper])[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(abstracts.Count, vectors.Count);
        Assert.Equal(abstracts.Count, embeddedForMerge);
        Assert.Equal(0, embeddedByMerge);
        Assert.Equal(abstracts.Union(paperTexts, StringComparer.Ordinal).Count(), embedder.TextsEmbedded);
        Assert.Contains($"embedded {abstracts.Count} new abstracts for merge, 0 from cache", notes[0], StringComparison.Ordinal);
        Assert.Contains(computed.Notes, note => note.StartsWith($"embedded {merged.Papers.Length} new papers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_of_the_seeds_embeds_nothing()
    {
        using var embedder = new HashedWordsEmbedder();
        var dumps = SeedMerge.Dumps();
        MergeVectors.Embed(dumps, embedder, cache);
        var embeddedFirst = embedder.TextsEmbedded;

        var (again, notes) = MergeVectors.Embed(dumps, embedder, cache);

        Assert.Equal(embeddedFirst, embedder.TextsEmbedded);
        Assert.StartsWith($"embedded 0 new abstracts for merge, {again.Count} from cache", notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_the_seeds_with_vectors_gives_the_text_only_result()
    {
        using var embedder = new HashedWordsEmbedder();
        var dumps = SeedMerge.Dumps();
        var (vectors, _) = MergeVectors.Embed(dumps, embedder, cache);

        var withVectors = MergePapers.Run(dumps, MergeOptions.TextOnly with { AbstractVectors = vectors });

        Assert.Equal(JsonSerializer.Serialize(SeedMerge.Run()), JsonSerializer.Serialize(withVectors));
    }
}
