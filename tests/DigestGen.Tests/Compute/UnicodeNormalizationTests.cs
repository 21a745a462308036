using DigestGen.Unicode;
using System.Text;
using DigestGen.Compute;

namespace DigestGen.Tests.Compute;

public sealed class UnicodeNormalizationTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("\uFB01ne \u2460 \u210C", "fine 1 H")]
    [InlineData("caf\u0065\u0301 \uD835\uDD22", "caf\u00E9 e")]
    public void Normalizes_like_the_framework(string text, string expected) =>
        Assert.Equal(expected, UnicodeNormalization.Normalize(text, NormalizationForm.FormKC));

    /// <summary>string.Normalize throws on these; input text may hold them, and a build must not stop.</summary>
    [Theory]
    [InlineData("\uFB01 \uD800 \uFB01", "fi \uD800 fi")]
    [InlineData("\uDC00\uFB01\uFFFE\uFFFF\uFB01\uDBFF", "\uDC00fi\uFFFE\uFFFFfi\uDBFF")]
    public void Keeps_code_units_that_are_not_text_and_normalizes_around_them(string text, string expected) =>
        Assert.Equal(expected, UnicodeNormalization.Normalize(text, NormalizationForm.FormKC));
}
