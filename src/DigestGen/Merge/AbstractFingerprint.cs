namespace DigestGen.Merge;

/// <summary>
/// An abstract reduced to the set of its word trigrams (hashed), for near-duplicate detection. Trigrams keep word
/// order, so two abstracts on the same topic share few of them, while an older wording of the same abstract
/// keeps most of its sentences and so most of its trigrams.
/// </summary>
internal sealed class AbstractFingerprint
{
    private const int ShingleWords = 3;

    /// <summary>
    /// Similarity is measured against at least this many trigrams, so a fragment of a dozen words cannot
    /// look like a perfect match just because every one of its few trigrams occurs in a long abstract.
    /// </summary>
    private const int MinimumDenominator = 24;

    private readonly ulong[] shingles;

    private AbstractFingerprint(string text, ulong[] shingles)
    {
        Text = text;
        this.shingles = shingles;
    }

    public string Text { get; }

    /// <summary>The distinct trigram hashes, ascending, so two fingerprints intersect in one linear pass.</summary>
    public ReadOnlySpan<ulong> Shingles => shingles;

    /// <summary>Long enough for a low similarity to mean "different paper" rather than "too little text to tell".</summary>
    public bool IsSubstantial => shingles.Length >= MinimumDenominator;

    /// <summary>The fingerprint <see cref="Of"/> made of <paramref name="text"/> earlier, from its <see cref="Shingles"/> (<see cref="MatchKeyCodec"/>).</summary>
    public static AbstractFingerprint Made(string text, ulong[] shingles) => new(text, shingles);

    public static AbstractFingerprint Of(string text)
    {
        var words = TextFolding.WordHashes(text);
        var shingles = new ulong[words.Count >= ShingleWords ? words.Count - ShingleWords + 1 : Math.Min(words.Count, 1)];
        for (var start = 0; start + ShingleWords <= words.Count; start++)
        {
            shingles[start] = Shingle(words[start], words[start + 1], words[start + 2]);
        }

        if (words.Count is > 0 and < ShingleWords)
        {
            shingles[0] = Shingle(words[0], words.Count > 1 ? words[1] : 0, 0);
        }

        Array.Sort(shingles);
        return new AbstractFingerprint(text, Distinct(shingles));
    }

    /// <summary>The sorted hashes without repeats, in place when there are none.</summary>
    private static ulong[] Distinct(ulong[] sorted)
    {
        var kept = 0;
        for (var index = 0; index < sorted.Length; index++)
        {
            if (index == 0 || sorted[index] != sorted[index - 1])
            {
                sorted[kept++] = sorted[index];
            }
        }

        return kept == sorted.Length ? sorted : sorted[..kept];
    }

    /// <summary>
    /// Share of the smaller abstract's trigrams found in the other one (the overlap coefficient), in [0, 1].
    /// Unlike Jaccard it does not punish a truncated or extended copy for its length.
    /// </summary>
    public double Similarity(AbstractFingerprint other)
    {
        var smaller = Math.Min(shingles.Length, other.shingles.Length);
        if (smaller == 0)
        {
            return 0;
        }

        var shared = 0;
        for (int mine = 0, theirs = 0; mine < shingles.Length && theirs < other.shingles.Length;)
        {
            if (shingles[mine] < other.shingles[theirs])
            {
                mine++;
            }
            else if (shingles[mine] > other.shingles[theirs])
            {
                theirs++;
            }
            else
            {
                shared++;
                mine++;
                theirs++;
            }
        }

        return (double)shared / Math.Max(smaller, MinimumDenominator);
    }

    /// <summary>
    /// Combines three word hashes in order (rotations keep "a b c" apart from "c b a"); stable across runs and
    /// machines, unlike <see cref="HashCode"/>.
    /// </summary>
    private static ulong Shingle(ulong first, ulong second, ulong third) =>
        (first * 0x9E3779B97F4A7C15UL) ^ ulong.RotateLeft(second, 21) ^ ulong.RotateLeft(third, 42);
}
