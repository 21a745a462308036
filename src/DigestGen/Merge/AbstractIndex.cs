namespace DigestGen.Merge;

/// <summary>
/// Finds which paper an untitled abstract belongs to without comparing it with every paper: an inverted index
/// from word trigram to the abstracts that contain it shortlists the papers sharing its rarer trigrams.
/// </summary>
internal sealed class AbstractIndex
{
    /// <summary>Trigrams in more abstracts than this ("in this paper we") say nothing about which paper it is.</summary>
    private const int CommonShingleLimit = 64;

    /// <summary>How many shortlisted abstracts get a full comparison.</summary>
    private const int ShortlistSize = 16;

    /// <summary>How many of the closest abstracts the judge sees, best first: more than one only matters in the grey zone.</summary>
    private const int JudgedCandidates = 3;

    private readonly List<(AbstractFingerprint Fingerprint, int Paper)> entries = [];
    private readonly Dictionary<ulong, List<int>> entriesByShingle = [];

    public void Add(AbstractFingerprint fingerprint, int paper)
    {
        var entry = entries.Count;
        entries.Add((fingerprint, paper));
        foreach (var shingle in fingerprint.Shingles)
        {
            if (!entriesByShingle.TryGetValue(shingle, out var postings))
            {
                entriesByShingle[shingle] = postings = [];
            }

            postings.Add(entry);
        }
    }

    /// <summary>The closest papers to an abstract, best first (ties by paper number), each with its best text similarity.</summary>
    public IReadOnlyList<(int Paper, double Similarity, AbstractFingerprint Closest)> Closest(AbstractFingerprint query)
    {
        var shared = new Dictionary<int, int>();
        foreach (var shingle in query.Shingles)
        {
            if (entriesByShingle.TryGetValue(shingle, out var postings) && postings.Count <= CommonShingleLimit)
            {
                foreach (var entry in postings)
                {
                    shared[entry] = shared.GetValueOrDefault(entry) + 1;
                }
            }
        }

        return shared
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key)
            .Take(ShortlistSize)
            .Select(pair => (entries[pair.Key].Paper, Similarity: query.Similarity(entries[pair.Key].Fingerprint), entries[pair.Key].Fingerprint))
            .GroupBy(candidate => candidate.Paper)
            .Select(paper => paper.MaxBy(candidate => candidate.Similarity))
            .OrderByDescending(candidate => candidate.Similarity).ThenBy(candidate => candidate.Paper)
            .Take(JudgedCandidates)
            .ToList();
    }
}
