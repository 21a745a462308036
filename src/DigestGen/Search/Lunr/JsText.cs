using System.Text;

namespace DigestGen.Search.Lunr;

/// <summary>The JavaScript string semantics lunr's text processing relies on, reproduced exactly.</summary>
internal static class JsText
{
    /// <summary>Whether <paramref name="c"/> matches JavaScript's <c>\s</c> (not the same set as char.IsWhiteSpace).</summary>
    public static bool IsJsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f'
            or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>Whether <paramref name="c"/> matches JavaScript's <c>\w</c>: ASCII letters, digits and underscore.</summary>
    public static bool IsJsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>
    /// JavaScript's <c>String.prototype.toLowerCase</c>: full Unicode lower-casing, including the two special
    /// cases .NET's simple mapping lacks (İ becomes "i̇", and Σ becomes ς at the end of a word).
    /// </summary>
    public static string ToLower(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var lower = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                lower.Append(text[i]); // a lone surrogate stays as it is, as in JavaScript
                i++;
                continue;
            }

            if (rune.Value == 0x130)
            {
                lower.Append("i\u0307");
            }
            else if (rune.Value == 0x3a3)
            {
                lower.Append(IsFinalSigma(text, i) ? 'ς' : 'σ');
            }
            else
            {
                lower.Append(Rune.ToLowerInvariant(rune).ToString());
            }

            i += length;
        }

        return lower.ToString();
    }

    /// <summary>Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables) and none after.</summary>
    private static bool IsFinalSigma(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(text[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(text[before]))
        {
            return false;
        }

        var after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text[after]))
        {
            after++;
        }

        return after >= text.Length || !IsCased(text[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
        or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol
        || c is '\'' or '.' or ':' or '\u00b7' or '\u2019';
}
