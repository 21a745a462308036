using DigestGen.Compute.Terms;

namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// How much of the shorter text the longer one repeats, as the share of the shorter text's three-word shingles
/// (content words only) found in the other. Containment rather than Jaccard, so a truncated or abridged abstract
/// still scores high against its full version.
/// </summary>
internal static class TextOverlap
{
    public static double Containment(string left, string right)
    {
        var tokens = TokenizedTexts.Tokenize([left, right]);
        return Containment(Shingles(tokens.Documents[0]), Shingles(tokens.Documents[1]));
    }

    /// <summary>
    /// A text's distinct three-word shingles as 64-bit hashes of their word ids, ascending. Two different shingles
    /// share a hash with odds of about 2⁻⁶⁴: far below anything that could move an overlap score.
    /// </summary>
    internal static ulong[] Shingles(int[] words)
    {
        if (words.Length < 3)
        {
            // Too short for a shingle: the words themselves are the best we have.
            return words.Length == 0 ? [] : [Hash(words[0], words.Length > 1 ? words[1] : -1, -1)];
        }

        var shingles = new ulong[words.Length - 2];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Hash(words[i], words[i + 1], words[i + 2]);
        }

        Array.Sort(shingles);
        var distinct = 1;
        for (var i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return shingles[..distinct];
    }

    /// <summary>Share of the smaller set found in the larger; both ascending and distinct.</summary>
    internal static double Containment(ulong[] left, ulong[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        for (int a = 0, b = 0; a < left.Length && b < right.Length;)
        {
            if (left[a] == right[b])
            {
                shared++;
                a++;
                b++;
            }
            else if (left[a] < right[b])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return (double)shared / Math.Min(left.Length, right.Length);
    }

    /// <summary>Each word id spread by its own odd multiplier, then the murmur3 finaliser.</summary>
    private static ulong Hash(int first, int second, int third)
    {
        var hash = ((ulong)(uint)first * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)second * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)(uint)third * 0x165667B19E3779F9UL);
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 33);
    }
}
