using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Terms;

namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// Finds pairs of texts that are one paper. Only each item's nearest neighbours are checked for text overlap, so
/// the cost is linear in the number of items once the neighbour lists exist.
/// </summary>
internal static class NearDuplicateFinder
{
    public static IReadOnlyList<NearDuplicatePair> Find(IReadOnlyList<string> texts, NeighbourLists neighbours, NearDuplicateRule rule) =>
        Find(TokenizedTexts.Tokenize(texts), neighbours, rule);

    /// <param name="knownApart">Pairs (lower index first) an earlier build checked and did not report, which are not checked again; null: check every pair.</param>
    public static IReadOnlyList<NearDuplicatePair> Find(TokenizedTexts texts, NeighbourLists neighbours, NearDuplicateRule rule, Func<int, int, bool>? knownApart = null)
    {
        var candidates = new List<(int First, int Second, double Cosine)>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var rank = 0; rank < neighbours.Indices[i].Length && neighbours.Similarities[i][rank] >= rule.MinCosine; rank++)
            {
                // Each pair once, from its lower index, even when only one side lists the other.
                var j = neighbours.Indices[i][rank];
                if ((j > i || !neighbours.Indices[j].Contains(i)) && knownApart?.Invoke(Math.Min(i, j), Math.Max(i, j)) != true)
                {
                    candidates.Add((Math.Min(i, j), Math.Max(i, j), neighbours.Similarities[i][rank]));
                }
            }
        }

        var shingles = new ulong[texts.Count][];
        Parallel.ForEach(candidates.SelectMany(pair => (int[])[pair.First, pair.Second]).Distinct(), i => shingles[i] = TextOverlap.Shingles(texts.Documents[i]));
        return candidates
            .AsParallel()
            .Select(pair => new NearDuplicatePair(pair.First, pair.Second, TextOverlap.Containment(shingles[pair.First], shingles[pair.Second]), pair.Cosine))
            .Where(pair => rule.Agree(pair.TextOverlap, pair.Cosine))
            .OrderBy(pair => pair.First)
            .ThenBy(pair => pair.Second)
            .ToArray();
    }
}
