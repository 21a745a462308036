using System.Text;

namespace DigestGen.Model;

/// <summary>
/// Which characters text may hold anywhere the site writes it: no control characters but tab and line breaks,
/// no non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), no lone surrogates, and no bidi controls (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C), which would reorder the page around a title. XML 1.0 refuses the
/// first three (XmlWriter throws on <c>\x08</c>); the last cannot be seen and is removed rather than isolated, so
/// every page, feed and index reads the same. Ingest cleans scraped text with this and reports it; the writers
/// clean once more, since editors' overrides are text too.
/// </summary>
public static class TextCharacters
{
    /// <summary><paramref name="text"/> without the characters that are not text; the same instance when it had none.</summary>
    public static string Clean(string text) => Clean(text, out _);

    /// <summary>
    /// As <see cref="Clean(string)"/>, counting the characters removed. Control characters that are whitespace
    /// (form feed, vertical tab, U+0085) become a space instead, so the words on either side stay apart.
    /// </summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        var first = FirstUnclean(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var index = first; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[index + 1])))
                {
                    removed += 2;
                }
                else
                {
                    clean.Append(c).Append(text[index + 1]);
                }

                index++;
            }
            else if (!IsUnclean(c))
            {
                clean.Append(c);
            }
            else if (char.IsControl(c) && char.IsWhiteSpace(c))
            {
                clean.Append(' ');
            }
            else
            {
                removed++;
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds nothing <see cref="Clean(string)"/> would change.</summary>
    public static bool IsClean(string text) => FirstUnclean(text) < 0;

    private static int FirstUnclean(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (c < 0x20 ? c is not ('\t' or '\n' or '\r') : c >= 0x7F && IsSuspect(c))
            {
                if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) &&
                    !IsNonCharacter(char.ConvertToUtf32(c, text[index + 1])))
                {
                    index++;
                    continue;
                }

                return index;
            }
        }

        return -1;
    }

    /// <summary>A cheap first test over every character; most text never passes it.</summary>
    private static bool IsSuspect(char c) =>
        c <= 0x9F || c == 0x061C || c is >= '\u200E' and <= '\u200F' || c is >= '\u202A' and <= '\u202E' ||
        c is >= '\u2066' and <= '\u2069' || c >= 0xD800 && (char.IsSurrogate(c) || IsNonCharacter(c));

    /// <summary>A single UTF-16 unit that may not appear alone (surrogate pairs are handled by the caller).</summary>
    private static bool IsUnclean(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || (c >= 0x7F && IsSuspect(c));

    private static bool IsNonCharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
