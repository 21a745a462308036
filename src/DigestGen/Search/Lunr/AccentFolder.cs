using System.Text;
using DigestGen.Unicode;
using DigestGen.Merge;

namespace DigestGen.Search.Lunr;

/// <summary>
/// The <c>foldAccents</c> pipeline function: letters lose their accents (canonical decomposition without the
/// combining diacritical marks U+0300–U+036F, composed again), and a few letters without a base (ß, æ, ø, ł…) are
/// spelled out, so "Guimarães" and "Guimaraes" index and query alike. lunr's own trimmer would otherwise cut accented
/// letters at word edges ("café" → "caf"). theme/assets/js/search-index.js registers the same function under the same
/// name with String.prototype.normalize, and a test checks the two agree on every character.
/// </summary>
internal static class AccentFolder
{
    public const string PipelineLabel = "foldAccents";

    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var withoutMarks = new StringBuilder(text.Length);
        foreach (var c in UnicodeNormalization.Normalize(text, NormalizationForm.FormD))
        {
            if (c is < '\u0300' or > '\u036f')
            {
                withoutMarks.Append(c);
            }
        }

        var folded = new StringBuilder(withoutMarks.Length);
        foreach (var c in UnicodeNormalization.Normalize(withoutMarks.ToString(), NormalizationForm.FormC))
        {
            if (TextFolding.LettersWithoutDecomposition.TryGetValue(c, out var spelled))
            {
                folded.Append(spelled);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
