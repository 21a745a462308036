using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace DigestGen.Merge;

/// <summary>
/// The one way merge reduces free text to comparable words: lower case, accents dropped (é → e, ő → o, ά → α),
/// ligatures and full-width forms spelled out, and split into runs of letters and digits. Dashes, quotes and
/// other punctuation only ever separate words.
/// </summary>
/// <remarks>
/// The build runs in invariant globalization mode, where <see cref="string.Normalize()"/> cannot decompose
/// accented letters, so the Latin, Greek and ligature letters that decompose are listed here (generated from
/// the Unicode NFKD tables). Combining marks that arrive already decomposed are dropped as well.
/// </remarks>
internal static class TextFolding
{
    private const string Accented =
        "ª²³µ¹ºàáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľ"
            + "ńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžſơưǎǐǒǔǖǘǚǜǟǡǣǧǩǫǭǯǰǵǹǻǽǿȁȃȅȇȉȋȍȏȑ"
            + "ȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝ"
            + "ṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙẛạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổ"
            + "ỗộớờởỡợụủứừửữựỳỵỷỹʹάέήίόύώΐϊϋΰϐϑϒϓϔϕϖϰϱϲϵ";

    private const string Plain =
        "a23μ1oaaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklll"
            + "nnnooorrrssssttuuuuuuwyzzzsouaiouuuuuaaægkooʒjgnaæøaaeeiioor"
            + "ruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrr"
            + "rsssssttttuuuuuvvwwwwwxxyzzzhtwysaaaaaaaaaaaaeeeeeeeeiiooooo"
            + "ooooooouuuuuuuyyyyʹαεηιουωιιυυβθυυυφπκρσε";

    /// <summary>FNV-1a's offset basis: the hash of the empty word.</summary>
    private const ulong WordStart = 14695981039346656037UL;

    private static readonly FrozenDictionary<char, string> Spelled = Accented
        .Zip(Plain, (accented, plain) => KeyValuePair.Create(accented, plain.ToString()))
        .Concat(new Dictionary<char, string> { ['ĳ'] = "ij", ['ǆ'] = "dz", ['ǉ'] = "lj", ['ǌ'] = "nj", ['ǳ'] = "dz", ['ﬀ'] = "ff", ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['ﬅ'] = "st", ['ﬆ'] = "st" })
        .ToFrozenDictionary();

    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        return WordRanges(folded).Select(range => folded[range]);
    }

    /// <summary>
    /// A stable 64-bit hash (FNV-1a) of each word, as <see cref="Words"/> would return them, without allocating
    /// the words or the folded text: what abstract fingerprints are built from.
    /// </summary>
    public static List<ulong> WordHashes(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MaxFoldedLength(text));
        try
        {
            var folded = buffer.AsSpan(0, FoldInto(text, buffer));
            var hashes = new List<ulong>(folded.Length / 6);
            var hash = WordStart;
            var inWord = false;
            foreach (var character in folded)
            {
                if (char.IsLetterOrDigit(character))
                {
                    hash = (hash ^ character) * 1099511628211UL;
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
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Lower case without accents, keeping every other character (é → e, ł stays ł, μ stays μ).</summary>
    public static string Fold(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MaxFoldedLength(text));
        try
        {
            return new string(buffer, 0, FoldInto(text, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The longest spelling of one character is three letters (ﬃ → ffi).</summary>
    private static int MaxFoldedLength(string text) => Math.Max(1, text.Length * 3);

    /// <summary>Writes the folded text into <paramref name="folded"/> and returns its length.</summary>
    private static int FoldInto(string text, Span<char> folded)
    {
        var length = 0;
        foreach (var original in text)
        {
            if (char.IsAscii(original))
            {
                folded[length++] = char.ToLowerInvariant(original);
                continue;
            }

            var character = char.ToLowerInvariant(FromFullWidth(original));
            if (Spelled.TryGetValue(character, out var plain))
            {
                plain.CopyTo(folded[length..]);
                length += plain.Length;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded[length++] = character;
            }
        }

        return length;
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

    /// <summary>Full-width ASCII (ＡＢＣ, often pasted from CJK text) to plain ASCII.</summary>
    private static char FromFullWidth(char character) =>
        character is >= '\uff01' and <= '\uff5e' ? (char)(character - 0xfee0) : character;
}
