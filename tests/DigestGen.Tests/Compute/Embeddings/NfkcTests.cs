using DigestGen.Compute.Embeddings.Unicode;

namespace DigestGen.Tests.Compute.Embeddings;

public sealed class NfkcTests
{
    [Theory]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    [InlineData("\uFB01ne \u2460 \u210C", "fine 1 H")]                 // ligature, circled digit, black-letter H
    [InlineData("caf\u0065\u0301", "caf\u00E9")]                        // e + combining acute composes
    [InlineData("\u1112\u1161\u11AB", "\uD55C")]                        // Hangul jamo compose to 한
    [InlineData("\uD55C", "\uD55C")]                                    // and a syllable survives the round trip
    [InlineData("a\u0323\u0302", "\u1EAD")]                              // marks reordered, then composed: ậ
    [InlineData("\u00A0x\u3000y", " x y")]                              // no-break and ideographic spaces
    [InlineData("\uD835\uDD22\uD835\uDD29", "el")]                      // mathematical fraktur (astral)
    [InlineData("\u0301a", "\u0301a")]                                  // a leading mark has no starter to join
    public void Matches_the_Unicode_normalisation(string input, string expected) =>
        Assert.Equal(expected, Nfkc.Normalize(input));
}
