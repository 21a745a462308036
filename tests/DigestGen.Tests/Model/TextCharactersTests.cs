using DigestGen.Model;

namespace DigestGen.Tests.Model;

public sealed class TextCharactersTests
{
    [Theory]
    [InlineData("plain text, μ-Transfer — “quoted” 😀", "plain text, μ-Transfer — “quoted” 😀")]
    [InlineData("tab\tand\nlines\r\n", "tab\tand\nlines\r\n")]
    [InlineData("a\u0000b\u0008c\u001bd\u007fe\u009bf", "abcdef")]
    [InlineData("form\ffeed\vand\u0085next", "form feed and next")]
    [InlineData("\uFFFE\uFFFF\uFDD0non-characters\U0001FFFF", "non-characters")]
    [InlineData("\u202Eevil\u202C \u2066iso\u2069 \u200Emark\u200F \u061C", "evil iso mark ")]
    public void Cleans_what_is_not_text(string text, string expected)
    {
        Assert.Equal(expected, TextCharacters.Clean(text));
        Assert.True(TextCharacters.IsClean(expected));
    }

    [Fact]
    public void Lone_surrogates_are_removed_and_pairs_kept()
    {
        // Built here: a test case's strings are stored as UTF-8, which cannot hold a lone surrogate.
        var text = "lone " + '\uD800' + " high, " + '\uDC00' + " low, pair \U0001F600 kept, reversed " + '\uDE00' + '\uD83D';

        Assert.Equal("lone  high,  low, pair \U0001F600 kept, reversed ", TextCharacters.Clean(text));
    }

    [Fact]
    public void Clean_text_is_returned_as_it_is_and_removals_are_counted()
    {
        const string clean = "Attention is all you need";
        Assert.Same(clean, TextCharacters.Clean(clean));

        TextCharacters.Clean("a\u0000\u0000b\uD800", out var removed);
        Assert.Equal(3, removed);
    }
}
