using System.Text;
using DigestGen.Search.Lunr;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

public sealed class AccentFoldingTests
{
    /// <summary>
    /// Each character stands alone (between spaces): both sides normalize with their own Unicode data (ICU here, the
    /// JavaScript engine's there), and a newer version orders a run of newly assigned combining marks differently.
    /// </summary>
    [Fact]
    public void Browser_and_builder_fold_every_character_alike()
    {
        var everyCharacter = new StringBuilder();
        for (var c = 1; c <= 0xffff; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                everyCharacter.Append((char)c).Append(' ');
            }
        }

        using var temp = new TempFolder();
        var text = everyCharacter.ToString();

        Assert.Equal(LunrOracle.Fold(text, temp), AccentFolder.Fold(text));
    }

    [Theory]
    [InlineData("guimarães", "guimaraes")]
    [InlineData("søren", "soren")]
    [InlineData("łukasz", "lukasz")]
    [InlineData("straße", "strasse")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("plain", "plain")]
    public void Folds_accents_to_base_letters(string text, string expected) => Assert.Equal(expected, AccentFolder.Fold(text));
}
