using DigestGen.Merge;

namespace DigestGen.Tests.Merge;

public sealed class AbstractFingerprintTests
{
    [Fact]
    public void An_abstract_is_identical_to_itself_whatever_the_spacing_and_case()
    {
        var spaced = SeedAbstracts.AltUp.Replace(" ", "  \n", StringComparison.Ordinal).ToUpperInvariant();

        Assert.Equal(1.0, AbstractFingerprint.Of(SeedAbstracts.AltUp).Similarity(AbstractFingerprint.Of(spaced)));
    }

    [Fact]
    public void An_older_wording_scores_well_above_a_different_paper_by_the_same_authors()
    {
        var current = AbstractFingerprint.Of(SeedAbstracts.AltUp);

        var reworded = current.Similarity(AbstractFingerprint.Of(SeedAbstracts.AltUpOlderWording));
        var different = current.Similarity(AbstractFingerprint.Of(SeedAbstracts.ExternalMemory));

        Assert.InRange(reworded, MergeOptions.TextOnly.SameAbstractAt, 1.0);
        Assert.InRange(different, 0.0, MergeOptions.TextOnly.DifferentAbstractBelow);
    }

    [Fact]
    public void A_truncated_copy_is_not_punished_for_its_length()
    {
        var half = SeedAbstracts.AltUp[..(SeedAbstracts.AltUp.Length / 2)];

        Assert.True(AbstractFingerprint.Of(SeedAbstracts.AltUp).Similarity(AbstractFingerprint.Of(half)) > 0.95);
    }

    [Fact]
    public void A_short_fragment_cannot_look_like_a_perfect_match()
    {
        var fragment = AbstractFingerprint.Of("We introduce Alternating Updates (AltUp), a simple-to-implement method");

        Assert.False(fragment.IsSubstantial);
        Assert.True(fragment.Similarity(AbstractFingerprint.Of(SeedAbstracts.AltUp)) < MergeOptions.TextOnly.SameAbstractAt);
    }
}
