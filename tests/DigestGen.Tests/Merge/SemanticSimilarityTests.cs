using DigestGen.Computing;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Compute;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

/// <summary>
/// The abstracts' embeddings decide grey-zone pairs, and only those. Merge gets them as a frozen table: the
/// embedders here are counted, so a merge that embedded anything itself would show.
/// </summary>
public sealed class SemanticSimilarityTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-merge-vectors-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    /// <summary>Shares about a third of its trigrams with AltUp's abstract: neither a clear match nor a clear miss.</summary>
    private static readonly string GreyZoneAbstract = string.Join(' ', SeedAbstracts.AltUp.Split(". ").Take(3)) + " " + SeedAbstracts.ExternalMemory;

    private static ParsedDump[] Dumps(string untitled) =>
    [
        Dump("000.txt", DumpShape.ProfilePage, Record("Alternating Updates for Efficient Transformers", SeedAbstracts.AltUp)),
        Dump("003.txt", DumpShape.AbstractListing, Record(null, untitled)),
    ];

    [Fact]
    public void The_grey_zone_abstract_is_grey()
    {
        var similarity = AbstractFingerprint.Of(GreyZoneAbstract).Similarity(AbstractFingerprint.Of(SeedAbstracts.AltUp));

        Assert.InRange(similarity, MergeOptions.TextOnly.DifferentAbstractBelow, MergeOptions.TextOnly.SameAbstractAt);
    }

    [Theory]
    [InlineData(-0.01, 0)]
    [InlineData(0.01, 1)]
    public void A_grey_zone_pair_is_decided_by_the_abstracts_vectors_and_merge_embeds_nothing(double thresholdAboveCosine, int problems)
    {
        using var embedder = new HashedWordsEmbedder();
        var dumps = Dumps(GreyZoneAbstract);
        var (vectors, _) = MergeVectors.Embed(dumps, embedder, cache);
        var cosine = vectors.Cosine(GreyZoneAbstract, SeedAbstracts.AltUp)!.Value;

        var result = MergePapers.Run(dumps, MergeOptions.TextOnly with { AbstractVectors = vectors, SemanticSameAt = cosine + thresholdAboveCosine });

        Assert.Equal(2, embedder.TextsEmbedded);
        Assert.Equal(problems, result.Diagnostics.Length);
        Assert.Equal(2 - problems, Assert.Single(result.Papers).Sources.Length);
    }

    [Fact]
    public void An_abstract_without_a_vector_is_decided_on_text_alone()
    {
        using var embedder = new HashedWordsEmbedder();
        var (vectors, _) = MergeVectors.Embed(Dumps(SeedAbstracts.ExternalMemory), embedder, cache);

        var result = MergePapers.Run(Dumps(GreyZoneAbstract), MergeOptions.TextOnly with { AbstractVectors = vectors, SemanticSameAt = -1 });

        Assert.Null(vectors.Cosine(GreyZoneAbstract, SeedAbstracts.AltUp));
        Assert.Equal(DiagnosticCodes.UnmatchedAbstract, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Without_a_semantic_similarity_a_grey_zone_abstract_is_reported()
    {
        var result = MergePapers.Run(Dumps(GreyZoneAbstract), MergeOptions.TextOnly);

        Assert.Equal(DiagnosticCodes.UnmatchedAbstract, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData(SeedAbstracts.AltUpOlderWording, 0)]
    [InlineData(SeedAbstracts.ExternalMemory, 1)]
    public void Clear_matches_and_clear_misses_are_decided_on_text(string untitled, int problems)
    {
        // Vectors that would join everything: a clear miss must stay apart all the same.
        using var embedder = new HashedWordsEmbedder();
        var (vectors, _) = MergeVectors.Embed(Dumps(untitled), embedder, cache);

        var result = MergePapers.Run(Dumps(untitled), MergeOptions.TextOnly with { AbstractVectors = vectors, SemanticSameAt = -1 });

        Assert.Equal(problems, result.Diagnostics.Length);
    }
}
