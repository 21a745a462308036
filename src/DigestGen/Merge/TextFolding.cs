using System.Globalization;
using System.Text;

namespace DigestGen.Merge;

/// <summary>
/// The one way merge reduces free text to comparable words: compatibility-normalised (ligatures, full-width
/// forms), accents dropped, lower case, and split into runs of letters and digits. Dashes, quotes and other
/// punctuation only ever separate words.
/// </summary>
internal static class TextFolding
{
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var word = new StringBuilder();
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Lower case without accents, keeping every other character (é → e, Ł stays ł, μ stays μ).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }

        return folded.ToString();
    }
}
