using System.Globalization;
using System.Text;

namespace DigestGen.Ingest;

/// <summary>
/// Repairs text that a scraper decoded as Latin-1 or Windows-1252 although it was UTF-8: "GuimarÃ£es" is
/// "Guimarães", "â€™" is "’", "Å‚" is "ł". A run of characters is repaired only when the round trip is
/// unambiguous: the characters, written back as single bytes, make exactly one UTF-8 sequence, and that sequence
/// encodes a letter, a combining accent, a Latin-1 sign or a punctuation mark. So an upper-case word before a quote
/// ("CAFÉ’S" would make an IPA letter, "GÖDEL’S" a Hebrew accent) stays as written. One case keeps its lead only:
/// a no-break space scraped as "Â" plus a space ("Abel SaÂ J. R Malano", the no-break space itself already a
/// space). Right after a lower-case letter, where no real word has a capital Â, the Â is dropped: the space was a
/// space either way. "Ã" plus a space is not repaired: it was "à" (no-break space) or "Å" (U+0085) and the space
/// no longer says which.
/// </summary>
internal static class Mojibake
{
    /// <summary>Windows-1252's characters for the bytes 0x80–0x9F (U+0000 where it has none).</summary>
    private const string Windows1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private const char NoBreakSpaceLead = 'Â';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="text"/> with each unambiguous mojibake run decoded; the same instance when it had none.
    /// <paramref name="example"/> names the first repair ("Ã£" → "ã") for the warning.
    /// </summary>
    public static string Repair(string text, out string? example)
    {
        example = null;
        if (!text.AsSpan().ContainsAnyInRange('\u00C2', '\u00F4'))
        {
            return text;
        }

        StringBuilder? repaired = null;
        var copied = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var (length, replacement) = RunAt(text, index);
            if (length == 0)
            {
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, index - copied).Append(replacement);
            example ??= $"\"{text.Substring(index, length)}\" → \"{replacement}\"";
            index += length - 1;
            copied = index + 1;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The length of the mojibake run starting at <paramref name="index"/> and what it stood for; 0 when none.</summary>
    private static (int Length, string Replacement) RunAt(string text, int index)
    {
        var lead = text[index];
        var continuations = lead switch
        {
            >= '\u00C2' and <= '\u00DF' => 1,
            >= '\u00E0' and <= '\u00EF' => 2,
            >= '\u00F0' and <= '\u00F4' => 3,
            _ => 0,
        };
        if (continuations == 0)
        {
            return (0, string.Empty);
        }

        if (lead == NoBreakSpaceLead && index > 0 && char.IsLower(text[index - 1]) && index + 1 < text.Length && char.IsWhiteSpace(text[index + 1]))
        {
            return (1, string.Empty);
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var k = 1; k <= continuations; k++)
        {
            if (index + k >= text.Length || ContinuationByte(text[index + k]) is not { } continuation)
            {
                return (0, string.Empty);
            }

            bytes[k] = continuation;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes[..(continuations + 1)]);
        }
        catch (DecoderFallbackException)
        {
            return (0, string.Empty);
        }

        return IsPlausible(decoded) ? (continuations + 1, decoded) : (0, string.Empty);
    }

    /// <summary>The byte 0x80–0xBF a character stands for when read as Latin-1 or Windows-1252, else null.</summary>
    private static byte? ContinuationByte(char c) =>
        c is >= '\u0080' and <= '\u00BF' ? (byte)c
        : Windows1252High.IndexOf(c, StringComparison.Ordinal) is >= 0 and var high && c != '\0' ? (byte)(0x80 + high)
        : null;

    /// <summary>
    /// What scraped text holds: a letter of any script (not the IPA letters and spacing modifiers, U+0250–U+02FF,
    /// that an upper-case word before a quote would make), a combining accent, a Latin-1 sign (no-break space, ©, °)
    /// or general punctuation (’, “, –, …), € and ™.
    /// </summary>
    private static bool IsPlausible(string decoded)
    {
        var rune = Rune.GetRuneAt(decoded, 0);
        var value = rune.Value;
        return value switch
        {
            >= 0x00A0 and <= 0x00BF => true,
            >= 0x0250 and <= 0x02FF => false,
            >= 0x0300 and <= 0x036F => true,
            >= 0x2010 and <= 0x205E => true,
            0x20AC or 0x2122 => true,
            _ => Rune.IsLetter(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.ModifierLetter,
        };
    }
}
