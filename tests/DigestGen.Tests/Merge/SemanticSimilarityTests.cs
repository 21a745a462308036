using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Compute;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

/// <summary>
/// The abstracts' embeddings decide grey-zone pairs, and only those. Merge gets them as a frozen table made before
/// it runs, and names the grey-zone abstracts it had no vector for.
/// </summary>
public sealed class SemanticSimilarityTests
{
    /// <summary>Shares about a third of its trigrams with AltUp's abstract: neither a clear match nor a clear miss.</summary>
    private static readonly string GreyZoneAbstract = string.Join(' ', SeedAbstracts.AltUp.Split(". ").Take(3)) + " " + SeedAbstracts.ExternalMemory;

    private static ParsedDump[] Dumps(string untitled) =>
    [
        Dump("000.txt", DumpShape.ProfilePage, Record("Alternating Updates for Efficient Transformers", SeedAbstracts.AltUp)),
        Dump("003.txt", DumpShape.AbstractListing, Record(null, untitled)),
    ];

    private static AbstractVectors Vectors(params string[] texts)
    {
        using var embedder = new HashedWordsEmbedder();
        return AbstractVectors.Of(texts, embedder.Embed(texts));
    }

    [Fact]
    public void The_grey_zone_abstract_is_grey()
    {
        var similarity = AbstractFingerprint.Of(GreyZoneAbstract).Similarity(AbstractFingerprint.Of(SeedAbstracts.AltUp));

        Assert.InRange(similarity, MergeOptions.TextOnly.DifferentAbstractBelow, MergeOptions.TextOnly.SameAbstractAt);
    }

    [Theory]
    [InlineData(-0.01, 0)]
    [InlineData(0.01, 1)]
    public void A_grey_zone_pair_is_decided_by_the_abstracts_vectors_without_a_model(double thresholdAboveCosine, int problems)
    {
        var vectors = Vectors(GreyZoneAbstract, SeedAbstracts.AltUp);
        var cosine = vectors.Cosine(GreyZoneAbstract, SeedAbstracts.AltUp)!.Value;

        var result = MergePapers.Run(Dumps(GreyZoneAbstract), MergeOptions.TextOnly with { AbstractVectors = vectors, SemanticSameAt = cosine + thresholdAboveCosine });

        Assert.Equal(problems, result.Diagnostics.Length);
        Assert.Equal(2 - problems, Assert.Single(result.Papers).Sources.Length);
        Assert.Empty(result.AbstractsWithoutVectors);
    }

    [Fact]
    public void Without_vectors_a_grey_zone_abstract_is_reported_and_named_for_embedding()
    {
        var result = MergePapers.Run(Dumps(GreyZoneAbstract), MergeOptions.TextOnly);

        Assert.Equal(DiagnosticCodes.UnmatchedAbstract, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(new[] { SeedAbstracts.AltUp, GreyZoneAbstract }.Order(StringComparer.Ordinal), result.AbstractsWithoutVectors);
    }

    [Fact]
    public void A_pair_with_only_one_vector_is_decided_on_text_and_named()
    {
        var result = MergePapers.Run(Dumps(GreyZoneAbstract), MergeOptions.TextOnly with { AbstractVectors = Vectors(SeedAbstracts.AltUp), SemanticSameAt = -1 });

        Assert.Equal(DiagnosticCodes.UnmatchedAbstract, Assert.Single(result.Diagnostics).Code);
        Assert.Contains(GreyZoneAbstract, result.AbstractsWithoutVectors);
    }

    [Theory]
    [InlineData(SeedAbstracts.AltUpOlderWording, 0)]
    [InlineData(SeedAbstracts.ExternalMemory, 1)]
    public void Clear_matches_and_clear_misses_are_decided_on_text(string untitled, int problems)
    {
        // Vectors that would join anything: a clear miss must stay apart all the same, and nothing is named.
        var result = MergePapers.Run(Dumps(untitled), MergeOptions.TextOnly with { AbstractVectors = Vectors(untitled, SeedAbstracts.AltUp), SemanticSameAt = -1 });

        Assert.Equal(problems, result.Diagnostics.Length);
        Assert.Empty(MergePapers.Run(Dumps(untitled), MergeOptions.TextOnly).AbstractsWithoutVectors);
    }
}
