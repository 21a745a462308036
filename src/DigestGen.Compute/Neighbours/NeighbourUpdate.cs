namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Related lists kept from an earlier build, brought up to date without comparing all pairs again. A row that is new
/// (or whose vector changed) gets an exact list of its own; a row whose list names a removed or changed row is listed
/// again from scratch; every other row keeps its list, joined by any new row now nearer than its last entry. For
/// lists that were exact, the result is exact: the top k of a larger set are among the old top k and the new rows.
/// The cost is the new rows against all rows, not all pairs. Scores are <see cref="BlockScan.Similarity"/>, bit for bit
/// the exact scan's: a list kept from a scan and re-sorted here keeps the scan's order of near-ties.
/// </summary>
internal static class NeighbourUpdate
{
    /// <param name="vectors">Unit-length vectors of equal dimension.</param>
    /// <param name="previous">Each row's earlier list as tonight's row numbers (-1 for a row that is gone), or null for a new or changed row.</param>
    public static NeighbourLists Update(IReadOnlyList<float[]> vectors, IReadOnlyList<int[]?> previous, int k)
    {
        var count = vectors.Count;
        var changed = Enumerable.Range(0, count).Where(i => previous[i] is null).ToArray();
        var isChanged = previous.Select(list => list is null).ToArray();
        var stale = previous.Select(list => list is null || list.Any(j => j < 0 || isChanged[j])).ToArray();
        var candidates = new List<(int Row, float Similarity)>?[count];
        var floors = new float[count];
        for (var i = 0; i < count; i++)
        {
            if (!stale[i])
            {
                candidates[i] = [.. previous[i]!.Select(j => (j, BlockScan.Similarity(vectors[i], vectors[j])))];
                floors[i] = candidates[i]!.Count < k ? float.NegativeInfinity : candidates[i]!.Min(candidate => candidate.Similarity);
            }
        }

        var lists = new (int Row, float Similarity)[count][];
        var recompute = Enumerable.Range(0, count).Where(i => stale[i]).ToArray();
        Parallel.ForEach(recompute, () => new float[count], (row, _, similarities) =>
        {
            for (var j = 0; j < count; j++)
            {
                similarities[j] = BlockScan.Similarity(vectors[row], vectors[j]);
            }

            lists[row] = Best(Enumerable.Range(0, count).Where(j => j != row).Select(j => (j, similarities[j])), k);
            if (isChanged[row])
            {
                for (var j = 0; j < count; j++)
                {
                    if (j != row && !stale[j] && similarities[j] >= floors[j])
                    {
                        lock (candidates[j]!)
                        {
                            candidates[j]!.Add((row, similarities[j]));
                        }
                    }
                }
            }

            return similarities;
        }, _ => { });

        for (var i = 0; i < count; i++)
        {
            if (!stale[i])
            {
                lists[i] = Best(candidates[i]!, k);
            }
        }

        return new NeighbourLists([.. lists.Select(list => list.Select(entry => entry.Row).ToArray())], [.. lists.Select(list => list.Select(entry => entry.Similarity).ToArray())]);
    }

    /// <summary>The k most similar, ties to the lower row, as <see cref="NeighbourLists"/> orders them; one pass, k kept in order.</summary>
    private static (int Row, float Similarity)[] Best(IEnumerable<(int Row, float Similarity)> candidates, int k)
    {
        var best = new List<(int Row, float Similarity)>(k + 1);
        foreach (var candidate in candidates)
        {
            var at = best.Count;
            while (at > 0 && Before(candidate, best[at - 1]))
            {
                at--;
            }

            if (at < k)
            {
                best.Insert(at, candidate);
                if (best.Count > k)
                {
                    best.RemoveAt(k);
                }
            }
        }

        return [.. best];
    }

    private static bool Before((int Row, float Similarity) left, (int Row, float Similarity) right) =>
        left.Similarity > right.Similarity || (left.Similarity == right.Similarity && left.Row < right.Row);
}
