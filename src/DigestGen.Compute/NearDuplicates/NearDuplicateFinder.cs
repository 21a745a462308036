using DigestGen.Compute.Neighbours;

namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// Finds pairs of texts that are one paper. Only each item's nearest neighbours are checked for text overlap, so
/// the cost is linear in the number of items once the neighbour lists exist.
/// </summary>
public static class NearDuplicateFinder
{
    public static IReadOnlyList<NearDuplicatePair> Find(IReadOnlyList<string> texts, NeighbourLists neighbours, NearDuplicateRule rule)
    {
        var pairs = new List<NearDuplicatePair>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var rank = 0; rank < neighbours.Indices[i].Length; rank++)
            {
                var j = neighbours.Indices[i][rank];
                var cosine = neighbours.Similarities[i][rank];
                if (cosine < rule.MinCosine)
                {
                    break;
                }

                // Each pair once, from its lower index, even when only one side lists the other.
                var seenFromOtherSide = j < i && neighbours.Indices[j].Contains(i);
                if (!seenFromOtherSide)
                {
                    var overlap = TextOverlap.Containment(texts[i], texts[j]);
                    if (rule.Agree(overlap, cosine))
                    {
                        pairs.Add(new NearDuplicatePair(Math.Min(i, j), Math.Max(i, j), overlap, cosine));
                    }
                }
            }
        }

        return pairs.OrderBy(pair => pair.First).ThenBy(pair => pair.Second).ToArray();
    }
}
