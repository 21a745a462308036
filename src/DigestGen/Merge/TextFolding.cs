using System.Globalization;
using System.Text;
using DigestGen.Unicode;

namespace DigestGen.Merge;

/// <summary>
/// The one way merge reduces free text to comparable words: lower case, accents dropped (é → e, ő → o, ά → α),
/// ligatures, full-width and other compatibility forms spelled out (Unicode NFKD), and split into runs of letters and
/// digits. Dashes, quotes and other punctuation only ever separate words.
/// </summary>
internal static class TextFolding
{
    /// <summary>FNV-1a's offset basis: the hash of the empty word.</summary>
    private const ulong WordStart = 14695981039346656037UL;

    /// <summary>
    /// Letters that have no decomposition but an accepted plain spelling (ß → ss, ł → l): what slugs and the search
    /// index spell out after folding. theme/assets/js/search-index.js holds the same list (a test compares the two).
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> LettersWithoutDecomposition = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        return WordRanges(folded).Select(range => folded[range]);
    }

    /// <summary>
    /// A stable 64-bit hash (FNV-1a) of each word, as <see cref="Words"/> would return them, without allocating the
    /// words (nor, for ASCII text, the folded text): what abstract fingerprints are built from.
    /// </summary>
    public static List<ulong> WordHashes(string text)
    {
        var folded = Ascii.IsValid(text) ? text : Fold(text);
        var hashes = new List<ulong>(folded.Length / 6);
        var hash = WordStart;
        var inWord = false;
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                hash = (hash ^ char.ToLowerInvariant(character)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(hash);
                (hash, inWord) = (WordStart, false);
            }
        }

        if (inWord)
        {
            hashes.Add(hash);
        }

        return hashes;
    }

    /// <summary>
    /// Lower case without accents, keeping every other character (é → e, ﬁ → fi, ł stays ł, μ stays μ): the
    /// compatibility decomposition without its combining marks, composed again so that Hangul and Indic letters keep
    /// their usual form.
    /// </summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var folded = new StringBuilder(text.Length);
        foreach (var rune in UnicodeNormalization.Normalize(text, NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(Rune.ToLowerInvariant(rune));
            }
        }

        return UnicodeNormalization.Normalize(folded.ToString(), NormalizationForm.FormC);
    }

    private static IEnumerable<Range> WordRanges(string folded)
    {
        var start = -1;
        for (var index = 0; index < folded.Length; index++)
        {
            if (char.IsLetterOrDigit(folded[index]))
            {
                start = start < 0 ? index : start;
            }
            else if (start >= 0)
            {
                yield return start..index;
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return start..folded.Length;
        }
    }
}
