using System.Runtime.InteropServices;

namespace DigestGen.Merge;

/// <summary>
/// Finds which paper an untitled abstract belongs to without comparing it with every paper: an inverted index
/// from word trigram to the abstracts that contain it shortlists the papers sharing its rarer trigrams.
/// </summary>
/// <remarks>
/// Each abstract is indexed by a bottom-k sketch: the <see cref="SketchSize"/> smallest of its trigram hashes.
/// Hashes are uniformly spread, so an abstract sharing most trigrams with another also holds most of that one's
/// smallest hashes, while the index shrinks to a third. Postings are linked lists threaded through two flat
/// lists rather than one small list per trigram, which would dominate merge time at 10,000 abstracts. Only the
/// trigrams some query holds are indexed: no other posting is ever read, and at 100,000 abstracts building postings
/// for all of them was most of merge's grouping time.
/// </remarks>
internal sealed class AbstractIndex
{
    /// <summary>Trigrams in more abstracts than this ("in this paper we") say nothing about which paper it is.</summary>
    private const int CommonShingleLimit = 64;

    /// <summary>Trigram hashes indexed per abstract; a typical abstract has 100 to 250.</summary>
    private const int SketchSize = 48;

    /// <summary>How many shortlisted abstracts get a full comparison.</summary>
    private const int ShortlistSize = 16;

    /// <summary>How many of the closest abstracts the judge sees, best first: more than one only matters in the grey zone.</summary>
    private const int JudgedCandidates = 3;

    /// <summary>Words of <see cref="askedBits"/>: 16 million bits, so a trigram no query holds rarely finds its bit set.</summary>
    private const int AskedBitWords = 1 << 18;

    /// <summary>One bit per trigram hash's low bits, set for the asked ones: most indexed trigrams are asked by no query, and this says so without a probe of <see cref="asked"/>.</summary>
    private readonly ulong[] askedBits = new ulong[AskedBitWords];

    private readonly HashSet<ulong> asked;
    private readonly List<(AbstractFingerprint Fingerprint, int Paper)> entries = [];
    private readonly Dictionary<ulong, (int Newest, int Count)> postingsByShingle = [];
    private readonly List<int> postingEntry = [];
    private readonly List<int> postingOlder = [];
    private int[] sharedCounts = [];

    /// <param name="queries">Every abstract <see cref="Closest"/> will be asked about.</param>
    public AbstractIndex(IEnumerable<AbstractFingerprint> queries)
    {
        asked = [];
        foreach (var query in queries)
        {
            foreach (var shingle in query.Shingles)
            {
                asked.Add(shingle);
                var (word, bit) = AskedBit(shingle);
                askedBits[word] |= bit;
            }
        }
    }

    /// <summary>The word of <see cref="askedBits"/> that holds a trigram hash's bit, and the bit.</summary>
    private static (int Word, ulong Bit) AskedBit(ulong shingle) => ((int)(shingle >> 6) & (AskedBitWords - 1), 1UL << (int)(shingle & 63));

    /// <summary>False when no query holds the trigram; true when one may (its bit is shared with others).</summary>
    private bool MayBeAsked(ulong shingle)
    {
        var (word, bit) = AskedBit(shingle);
        return (askedBits[word] & bit) != 0;
    }

    public void Add(AbstractFingerprint fingerprint, int paper)
    {
        var entry = entries.Count;
        entries.Add((fingerprint, paper));
        var sketch = fingerprint.Shingles;
        for (var position = 0; position < Math.Min(sketch.Length, SketchSize); position++)
        {
            var shingle = sketch[position];
            if (!MayBeAsked(shingle) || !asked.Contains(shingle))
            {
                continue;
            }

            ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(postingsByShingle, shingle, out var seen);
            postingEntry.Add(entry);
            postingOlder.Add(seen ? postings.Newest : -1);
            postings = (postingEntry.Count - 1, postings.Count + 1);
        }
    }

    /// <summary>The closest papers to one of the queries, best first (ties by paper number), each with its best text similarity.</summary>
    /// <remarks>
    /// Plain loops and sorts of ints and classes rather than LINQ over tuples: this runs once per untitled abstract,
    /// and each generic instantiation over a tuple was compiled at run time (ReadyToRun cannot hold them), which
    /// cost a 1,000-paper merge more than the grouping itself.
    /// </remarks>
    public IReadOnlyList<AbstractMatch> Closest(AbstractFingerprint query)
    {
        // Counts per entry in a flat array (reused between queries), with the touched entries listed for reading back.
        if (sharedCounts.Length < entries.Count)
        {
            sharedCounts = new int[entries.Count];
        }

        var touched = new List<int>();
        foreach (var shingle in query.Shingles)
        {
            if (postingsByShingle.TryGetValue(shingle, out var postings) && postings.Count <= CommonShingleLimit)
            {
                for (var posting = postings.Newest; posting >= 0; posting = postingOlder[posting])
                {
                    var entry = postingEntry[posting];
                    if (sharedCounts[entry]++ == 0)
                    {
                        touched.Add(entry);
                    }
                }
            }
        }

        // The shortlist: most shared trigrams first, ties by entry.
        var counts = sharedCounts;
        touched.Sort((first, second) => counts[first] != counts[second] ? counts[second].CompareTo(counts[first]) : first.CompareTo(second));
        foreach (var entry in touched)
        {
            sharedCounts[entry] = 0;
        }

        // Each paper once, with its most similar shortlisted abstract (the first of equals).
        var matches = new List<AbstractMatch>();
        for (var position = 0; position < Math.Min(touched.Count, ShortlistSize); position++)
        {
            var (fingerprint, paper) = entries[touched[position]];
            var match = new AbstractMatch(paper, query.Similarity(fingerprint), fingerprint);
            var known = matches.FindIndex(other => other.Paper == paper);
            if (known < 0)
            {
                matches.Add(match);
            }
            else if (match.Similarity > matches[known].Similarity)
            {
                matches[known] = match;
            }
        }

        matches.Sort((first, second) => first.Similarity != second.Similarity ? second.Similarity.CompareTo(first.Similarity) : first.Paper.CompareTo(second.Paper));
        return matches.Count > JudgedCandidates ? matches.GetRange(0, JudgedCandidates) : matches;
    }
}
