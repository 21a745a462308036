using DigestGen.Compute.Clustering;

namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Top-k cosine neighbours through an inverted file (IVF), the standard way to avoid comparing all pairs: the
/// vectors are split into about √n cells by k-means, and each paper is compared exactly only with the papers of
/// its <c>probes</c> nearest cells, so the work is about probes/√n of all pairs. A true
/// neighbour is missed only when it sits in none of those cells; measured recall is in docs/compute.md. The cells
/// come from a fixed sample and seed, and every pair is scored as <see cref="ExactNeighbours"/> scores it, so the
/// same vectors always give the same lists.
/// </summary>
internal static class InvertedFileNeighbours
{
    public const int DefaultProbes = 16;

    /// <summary>Cells are trained on this many sampled rows per cell: plenty for k-means to place them.</summary>
    private const int TrainingRowsPerCell = 16;
    private const int TrainingIterations = 8;

    /// <param name="vectors">Unit-length vectors of equal dimension.</param>
    /// <param name="k">Neighbours per item; fewer when there are not that many other items.</param>
    /// <param name="probes">How many of its nearest cells each item is compared with.</param>
    public static NeighbourLists FindTopK(IReadOnlyList<float[]> vectors, int k, int probes = DefaultProbes, int seed = 20240601)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(probes);
        var count = vectors.Count;
        if (count == 0)
        {
            return new NeighbourLists([], []);
        }

        var cells = TrainCells(vectors, seed);
        var nearestCells = NearestCells(vectors, cells, Math.Min(probes, cells.Count));

        // Rows regrouped cell by cell, so each cell is one contiguous range of the packed matrix.
        var order = Enumerable.Range(0, count).OrderBy(i => nearestCells[i][0]).ThenBy(i => i).ToArray();
        var rows = new PackedRows(vectors, order);
        var cellStart = new int[cells.Count + 1];
        foreach (var i in order)
        {
            cellStart[nearestCells[i][0] + 1]++;
        }

        for (var c = 0; c < cells.Count; c++)
        {
            cellStart[c + 1] += cellStart[c];
        }

        var heaps = TopKHeap.ForEach(count, k);
        Parallel.For(0, cells.Count, () => new float[BlockScan.QueryBlockRows * rows.Stride], (cell, _, queries) =>
        {
            // This cell's members by the cells they search, each group gathered into blocks of contiguous query rows.
            var searchers = new SortedDictionary<int, List<int>>();
            for (var row = cellStart[cell]; row < cellStart[cell + 1]; row++)
            {
                foreach (var probed in nearestCells[order[row]])
                {
                    (searchers.TryGetValue(probed, out var list) ? list : searchers[probed] = []).Add(row);
                }
            }

            foreach (var (probed, members) in searchers)
            {
                foreach (var block in members.Chunk(BlockScan.QueryBlockRows))
                {
                    for (var q = 0; q < block.Length; q++)
                    {
                        rows.Matrix.AsSpan(block[q] * rows.Stride, rows.Stride).CopyTo(queries.AsSpan(q * rows.Stride));
                    }

                    BlockScan.Run(
                        queries.AsSpan(0, block.Length * rows.Stride), [.. block.Select(row => order[row])], [.. block.Select(row => heaps[row])],
                        rows, cellStart[probed], cellStart[probed + 1]);
                }
            }

            return queries;
        }, _ => { });
        return TopKHeap.ToLists(heaps, rows.Original);
    }

    /// <summary>About √n cell centres: spherical k-means from random rows, on a fixed sample.</summary>
    private static Centroids TrainCells(IReadOnlyList<float[]> vectors, int seed)
    {
        var cellCount = Math.Max(1, (int)Math.Round(Math.Sqrt(vectors.Count)));
        var sample = Enumerable.Range(0, vectors.Count).ToArray();
        new Random(seed).Shuffle(sample);
        sample = sample[..Math.Min(vectors.Count, cellCount * TrainingRowsPerCell)];
        var training = new RowSubset(new DenseVectors(vectors), sample);
        var start = new float[cellCount * training.Dimensions];
        for (var c = 0; c < cellCount; c++)
        {
            training.AddTo(c, start.AsSpan(c * training.Dimensions, training.Dimensions));
        }

        return SphericalKMeans.Refine(training, new Centroids(start, training.Dimensions), TrainingIterations).Centroids;
    }

    /// <summary>Each vector's nearest cells, nearest first (ties to the lower cell).</summary>
    private static int[][] NearestCells(IReadOnlyList<float[]> vectors, Centroids cells, int probes)
    {
        var dense = new DenseVectors(vectors);
        var nearest = new int[vectors.Count][];
        Parallel.For(0, vectors.Count, () => new float[cells.Count], (i, _, similarities) =>
        {
            dense.Similarities(i, cells, similarities);
            var best = new int[probes];
            var filled = 0;
            for (var c = 0; c < similarities.Length; c++)
            {
                // Insertion into the short sorted list of the best cells so far.
                var slot = filled;
                while (slot > 0 && similarities[c] > similarities[best[slot - 1]])
                {
                    slot--;
                }

                if (slot < probes)
                {
                    var moved = Math.Min(filled, probes - 1) - slot;
                    Array.Copy(best, slot, best, slot + 1, moved);
                    best[slot] = c;
                    filled = Math.Min(filled + 1, probes);
                }
            }

            nearest[i] = best;
            return similarities;
        }, _ => { });
        return nearest;
    }
}
