using DigestGen.Compute.Terms;

namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// How much of the shorter text the longer one repeats, as the share of the shorter text's three-word shingles
/// (content words only) found in the other. Containment rather than Jaccard, so a truncated or abridged abstract
/// still scores high against its full version.
/// </summary>
public static class TextOverlap
{
    private const int ShingleWords = 3;

    public static double Containment(string left, string right)
    {
        var a = Shingles(left);
        var b = Shingles(right);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)smaller.Count(larger.Contains) / smaller.Count;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = TermTokenizer.Words(text);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.Skip(i).Take(ShingleWords)));
        }

        if (shingles.Count == 0 && words.Count > 0)
        {
            // Too short for a shingle: the words themselves are the best we have.
            shingles.Add(string.Join(' ', words));
        }

        return shingles;
    }
}
