using DigestGen.Merge;
using DigestGen.Model;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

/// <summary>The embedding similarity is asked about grey-zone pairs only, and decides them.</summary>
public sealed class SemanticSimilarityTests
{
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
    [InlineData(0.95, 0)]
    [InlineData(0.5, 1)]
    public void A_grey_zone_pair_is_decided_by_the_semantic_similarity(double cosine, int problems)
    {
        var asked = new List<(string, string)>();
        var options = new MergeOptions((first, second) =>
        {
            asked.Add((first, second));
            return cosine;
        });

        var result = MergePapers.Run(Dumps(GreyZoneAbstract), options);

        Assert.Equal([(GreyZoneAbstract, SeedAbstracts.AltUp)], asked);
        Assert.Equal(problems, result.Diagnostics.Length);
        Assert.Equal(2 - problems, Assert.Single(result.Papers).Sources.Length);
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
    public void Clear_matches_and_clear_misses_never_ask(string untitled, int problems)
    {
        var options = new MergeOptions((_, _) => throw new InvalidOperationException("asked about a clear case"));

        var result = MergePapers.Run(Dumps(untitled), options);

        Assert.Equal(problems, result.Diagnostics.Length);
    }
}
