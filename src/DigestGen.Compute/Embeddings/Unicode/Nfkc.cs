using System.Globalization;
using System.Text;

namespace DigestGen.Compute.Embeddings.Unicode;

/// <summary>
/// Unicode NFKC (compatibility decomposition, canonical ordering, canonical composition) from an embedded table,
/// because string.Normalize is a no-op for non-ASCII text under InvariantGlobalization. The table comes from
/// make-nfkc-table.py; Hangul syllables are decomposed and composed algorithmically, as the standard defines.
/// </summary>
internal static class Nfkc
{
    private const int HangulBase = 0xAC00, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int LeadCount = 19, VowelCount = 21, TrailCount = 28, SyllableCount = LeadCount * VowelCount * TrailCount;

    private static readonly Lazy<Table> Data = new(Table.Load);

    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }
        var table = Data.Value;
        var codePoints = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, table, codePoints);
        }
        SortCombiningMarks(codePoints, table);
        Compose(codePoints, table);
        var builder = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        return builder.ToString();
    }

    private static void Decompose(int codePoint, Table table, List<int> output)
    {
        var syllable = codePoint - HangulBase;
        if (syllable is >= 0 and < SyllableCount)
        {
            output.Add(LeadBase + (syllable / (VowelCount * TrailCount)));
            output.Add(VowelBase + (syllable % (VowelCount * TrailCount) / TrailCount));
            if (syllable % TrailCount != 0)
            {
                output.Add(TrailBase + (syllable % TrailCount));
            }
        }
        else if (table.Decompositions.TryGetValue(codePoint, out var mapping))
        {
            output.AddRange(mapping);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    /// <summary>Canonical ordering: a stable sort of each run of combining marks by combining class.</summary>
    private static void SortCombiningMarks(List<int> codePoints, Table table)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = table.CombiningClass(current);
            var j = i;
            while (currentClass != 0 && j > 0 && table.CombiningClass(codePoints[j - 1]) > currentClass)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }
            codePoints[j] = current;
        }
    }

    /// <summary>Canonical composition: each mark joins the last starter unless a mark of the same or higher class
    /// stands between them.</summary>
    private static void Compose(List<int> codePoints, Table table)
    {
        if (codePoints.Count == 0)
        {
            return;
        }
        var starter = 0;
        var lastClass = table.CombiningClass(codePoints[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < codePoints.Count; read++)
        {
            var current = codePoints[read];
            var currentClass = table.CombiningClass(current);
            var adjacentOrUnblocked = lastClass == 0 || lastClass < currentClass;
            if (adjacentOrUnblocked && TryComposePair(codePoints[starter], current, table, out var composite))
            {
                codePoints[starter] = composite;
                continue;
            }
            if (currentClass == 0)
            {
                starter = write;
            }
            lastClass = currentClass;
            codePoints[write++] = current;
        }
        codePoints.RemoveRange(write, codePoints.Count - write);
    }

    private static bool TryComposePair(int first, int second, Table table, out int composite)
    {
        var lead = first - LeadBase;
        var vowel = second - VowelBase;
        if (lead is >= 0 and < LeadCount && vowel is >= 0 and < VowelCount)
        {
            composite = HangulBase + (((lead * VowelCount) + vowel) * TrailCount);
            return true;
        }
        var syllable = first - HangulBase;
        var trail = second - TrailBase;
        if (syllable is >= 0 and < SyllableCount && syllable % TrailCount == 0 && trail is > 0 and < TrailCount)
        {
            composite = first + trail;
            return true;
        }
        return table.Compositions.TryGetValue(((long)first << 32) | (uint)second, out composite);
    }

    private sealed class Table
    {
        public Dictionary<int, int[]> Decompositions { get; } = [];

        public Dictionary<int, int> CombiningClasses { get; } = [];

        public Dictionary<long, int> Compositions { get; } = [];

        public int CombiningClass(int codePoint) => CombiningClasses.GetValueOrDefault(codePoint);

        public static Table Load()
        {
            var table = new Table();
            using var stream = typeof(Nfkc).Assembly.GetManifestResourceStream("DigestGen.Compute.Embeddings.Unicode.nfkc-table.txt")
                ?? throw new InvalidOperationException("nfkc-table.txt is not embedded in DigestGen.Compute");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }
                var fields = line.Split(' ');
                var values = fields.Skip(1).Select(field => int.Parse(field, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
                switch (fields[0])
                {
                    case "D": table.Decompositions[values[0]] = values[1..]; break;
                    case "C": table.CombiningClasses[values[0]] = int.Parse(fields[2], CultureInfo.InvariantCulture); break;
                    case "P": table.Compositions[((long)values[0] << 32) | (uint)values[1]] = values[2]; break;
                }
            }
            return table;
        }
    }
}
