using System.Numerics;

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
    /// <summary>Stale rows scored together in one pass over all rows: their vectors (2 KB each at 512-d) stay in cache while the rows stream past.</summary>
    private const int StaleRowsPerPass = 32;

    /// <param name="vectors">Unit-length vectors of equal dimension.</param>
    /// <param name="previous">Each row's earlier list as tonight's row numbers (-1 for a row that is gone), or null for a new or changed row.</param>
    public static NeighbourLists Update(IReadOnlyList<float[]> vectors, IReadOnlyList<int[]?> previous, int k)
    {
        var count = vectors.Count;
        var isChanged = previous.Select(list => list is null).ToArray();
        var stale = StaleRows(previous);
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

        // Stale rows go through every row a block at a time, so each row's vector is read once per block rather than
        // once per stale row: 300 new papers at 100,000 streamed 300 × 200 MB of vectors through memory. Each pass over a
        // row scores it against four stale rows at once, eight independent sums instead of one chain of multiply-adds.
        IReadOnlyList<float[]> rows = vectors.Count > 0 && vectors[0].Length % Vector<float>.Count != 0 ? [.. vectors.Select(Padded)] : vectors;
        Parallel.ForEach(recompute.Chunk(StaleRowsPerPass), block =>
        {
            var best = block.Select(_ => new List<(int Row, float Similarity)>(k + 1)).ToArray();
            var queries = block.Select(row => rows[row]).ToArray();
            Span<float> scores = stackalloc float[BlockScan.PairsPerKernel];
            for (var first = 0; first < count; first += BlockScan.KernelCandidates)
            {
                for (var q = 0; q < block.Length; q += BlockScan.KernelQueries)
                {
                    BlockScan.Score(queries, q, rows[first], rows[Math.Min(first + 1, count - 1)], scores);
                    for (var dq = 0; dq < BlockScan.KernelQueries && q + dq < block.Length; dq++)
                    {
                        var row = block[q + dq];
                        for (var dc = 0; dc < BlockScan.KernelCandidates && first + dc < count; dc++)
                        {
                            var j = first + dc;
                            if (j == row)
                            {
                                continue;
                            }

                            var similarity = scores[(dq * BlockScan.KernelCandidates) + dc];
                            Offer(best[q + dq], (j, similarity), k);
                            if (isChanged[row] && !stale[j] && similarity >= floors[j])
                            {
                                lock (candidates[j]!)
                                {
                                    candidates[j]!.Add((row, similarity));
                                }
                            }
                        }
                    }
                }
            }

            for (var q = 0; q < block.Length; q++)
            {
                lists[block[q]] = [.. best[q]];
            }
        });

        for (var i = 0; i < count; i++)
        {
            if (!stale[i])
            {
                lists[i] = Best(candidates[i]!, k);
            }
        }

        return new NeighbourLists([.. lists.Select(list => list.Select(entry => entry.Row).ToArray())], [.. lists.Select(list => list.Select(entry => entry.Similarity).ToArray())]);
    }

    /// <summary>
    /// The rows listed again from scratch: new and changed rows, and rows whose list names a removed or changed row. Every
    /// other row's list keeps last night's entries, joined only by new or changed rows.
    /// </summary>
    public static bool[] StaleRows(IReadOnlyList<int[]?> previous)
    {
        var isChanged = previous.Select(list => list is null).ToArray();
        return [.. previous.Select(list => list is null || list.Any(j => j < 0 || isChanged[j]))];
    }

    /// <summary>The k most similar, ties to the lower row, as <see cref="NeighbourLists"/> orders them; one pass, k kept in order.</summary>
    private static (int Row, float Similarity)[] Best(IEnumerable<(int Row, float Similarity)> candidates, int k)
    {
        var best = new List<(int Row, float Similarity)>(k + 1);
        foreach (var candidate in candidates)
        {
            Offer(best, candidate, k);
        }

        return [.. best];
    }

    /// <summary>Puts the candidate in its place among the best so far (most similar first), keeping at most k: the order does not depend on the order of offers.</summary>
    private static void Offer(List<(int Row, float Similarity)> best, (int Row, float Similarity) candidate, int k)
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

    /// <summary>The vector zero-padded to a multiple of the SIMD width, as <see cref="BlockScan.Similarity"/> pads its end: the same scores.</summary>
    private static float[] Padded(float[] vector)
    {
        var padded = new float[(vector.Length + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count];
        vector.CopyTo(padded, 0);
        return padded;
    }

    private static bool Before((int Row, float Similarity) left, (int Row, float Similarity) right) =>
        left.Similarity > right.Similarity || (left.Similarity == right.Similarity && left.Row < right.Row);
}
