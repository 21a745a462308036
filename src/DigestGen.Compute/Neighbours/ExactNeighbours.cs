namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Exact top-k cosine neighbours of unit vectors, all against all: one big matrix product in cache-sized blocks
/// (<see cref="BlockScan"/>), query blocks in parallel. No approximation, so results equal a brute-force scan; the
/// cost grows with the square of the count (100,000 × 512-d: about 160 CPU-seconds).
/// </summary>
internal static class ExactNeighbours
{
    /// <param name="vectors">Unit-length vectors of equal dimension (cosine is then their dot product).</param>
    /// <param name="k">Neighbours per item; fewer when there are not that many other items.</param>
    public static NeighbourLists FindTopK(IReadOnlyList<float[]> vectors, int k, int? maxDegreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var count = vectors.Count;
        var rows = new PackedRows(vectors, PackedRows.InOrder(count));
        var heaps = TopKHeap.ForEach(count, k);
        var blocks = (count + BlockScan.QueryBlockRows - 1) / BlockScan.QueryBlockRows;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, blocks, options, block =>
        {
            var first = block * BlockScan.QueryBlockRows;
            var length = Math.Min(BlockScan.QueryBlockRows, count - first);
            BlockScan.Run(rows.Matrix.AsSpan(first * rows.Stride, length * rows.Stride), rows.Original.AsSpan(first, length), heaps.AsSpan(first, length), rows, 0, count);
        });
        return TopKHeap.ToLists(heaps, rows.Original);
    }
}
