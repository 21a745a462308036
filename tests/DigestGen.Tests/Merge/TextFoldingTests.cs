using DigestGen.Merge;

namespace DigestGen.Tests.Merge;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Café Ångström naïve SØREN Łukasz", "cafe angstrom naive søren łukasz")]
    [InlineData("ﬁne-tuning ＡＢＣ", "fine-tuning abc")]
    [InlineData("Ёж й 𝐱ℝ²", "еж и xr2")]
    [InlineData("", "")]
    public void Folds_case_accents_ligatures_and_full_width_forms(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    /// <summary>Fingerprints hash words in place; they must see exactly the words the rest of merge sees.</summary>
    [Theory]
    [InlineData("Efficient μ-Transfer: ﬁne-tuning ＧＰＴ on Ångström-scale data, (again) 2024!")]
    [InlineData("  leading and trailing  ")]
    [InlineData("ﬃ")]
    [InlineData("...")]
    public void Word_hashes_are_the_hashes_of_the_folded_words(string text)
    {
        var expected = TextFolding.Words(text).Select(Fnv1a).ToList();

        Assert.Equal(expected, TextFolding.WordHashes(text));
    }

    [Fact]
    public void Word_hashes_agree_with_the_words_of_a_real_abstract() =>
        Assert.Equal(TextFolding.Words(SeedAbstracts.AltUp).Select(Fnv1a), TextFolding.WordHashes(SeedAbstracts.AltUp));

    private static ulong Fnv1a(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in word)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return hash;
    }
}
