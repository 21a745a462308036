using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Exact top-k cosine neighbours of unit vectors, all against all. The work is one big matrix product
/// (n × d times d × n) done in cache-sized blocks: a block of query rows stays in L2 while tiles of candidate rows
/// stream past, and a 4×2 register-blocked SIMD kernel scores eight pairs per pass over the dimensions.
/// Query blocks run in parallel; no approximation, so results equal a brute-force scan.
/// </summary>
public static class ExactNeighbours
{
    private const int QueryBlockRows = 64;
    private const int CandidateTileRows = 128;
    private const int KernelQueries = 4;
    private const int KernelCandidates = 2;

    /// <param name="vectors">Unit-length vectors of equal dimension (cosine is then their dot product).</param>
    /// <param name="k">Neighbours per item; fewer when there are not that many other items.</param>
    public static NeighbourLists FindTopK(IReadOnlyList<float[]> vectors, int k, int? maxDegreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var count = vectors.Count;
        if (count == 0)
        {
            return new NeighbourLists([], []);
        }

        var stride = RoundUp(vectors[0].Length, Vector<float>.Count);
        var matrix = VectorMath.PackRows(vectors, stride);
        var heaps = Enumerable.Range(0, count).Select(_ => new TopKHeap(Math.Min(k, count - 1))).ToArray();
        var blocks = (count + QueryBlockRows - 1) / QueryBlockRows;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, blocks, options, block =>
        {
            var first = block * QueryBlockRows;
            ScanBlock(matrix, stride, count, first, Math.Min(first + QueryBlockRows, count), heaps);
        });

        var indices = new int[count][];
        var similarities = new float[count][];
        for (var i = 0; i < count; i++)
        {
            (indices[i], similarities[i]) = heaps[i].ToSorted();
        }

        return new NeighbourLists(indices, similarities);
    }

    private static void ScanBlock(float[] matrix, int stride, int count, int queryStart, int queryEnd, TopKHeap[] heaps)
    {
        Span<float> scores = stackalloc float[KernelQueries * KernelCandidates];
        ref var origin = ref MemoryMarshal.GetArrayDataReference(matrix);
        for (var tileStart = 0; tileStart < count; tileStart += CandidateTileRows)
        {
            var tileEnd = Math.Min(tileStart + CandidateTileRows, count);
            for (var q = queryStart; q < queryEnd; q += KernelQueries)
            {
                for (var c = tileStart; c < tileEnd; c += KernelCandidates)
                {
                    // Ragged edges reuse the last valid row and ignore its scores, keeping one kernel shape.
                    Kernel(ref origin, stride, q, Math.Min(q + 1, queryEnd - 1), Math.Min(q + 2, queryEnd - 1), Math.Min(q + 3, queryEnd - 1), c, Math.Min(c + 1, tileEnd - 1), scores);
                    for (var dq = 0; dq < KernelQueries && q + dq < queryEnd; dq++)
                    {
                        var heap = heaps[q + dq];
                        for (var dc = 0; dc < KernelCandidates && c + dc < tileEnd; dc++)
                        {
                            var similarity = scores[(dq * KernelCandidates) + dc];
                            if (c + dc != q + dq && similarity >= heap.Threshold)
                            {
                                heap.Offer(similarity, c + dc);
                            }
                        }
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel(ref float origin, int stride, int q0, int q1, int q2, int q3, int c0, int c1, Span<float> scores)
    {
        var width = (nuint)Vector<float>.Count;
        nuint rowQ0 = (nuint)(q0 * stride), rowQ1 = (nuint)(q1 * stride), rowQ2 = (nuint)(q2 * stride), rowQ3 = (nuint)(q3 * stride);
        nuint rowC0 = (nuint)(c0 * stride), rowC1 = (nuint)(c1 * stride);
        Vector<float> s00 = default, s01 = default, s10 = default, s11 = default;
        Vector<float> s20 = default, s21 = default, s30 = default, s31 = default;
        for (nuint d = 0; d < (nuint)stride; d += width)
        {
            var v0 = Vector.LoadUnsafe(ref origin, rowC0 + d);
            var v1 = Vector.LoadUnsafe(ref origin, rowC1 + d);
            var u = Vector.LoadUnsafe(ref origin, rowQ0 + d);
            s00 = Vector.FusedMultiplyAdd(u, v0, s00);
            s01 = Vector.FusedMultiplyAdd(u, v1, s01);
            u = Vector.LoadUnsafe(ref origin, rowQ1 + d);
            s10 = Vector.FusedMultiplyAdd(u, v0, s10);
            s11 = Vector.FusedMultiplyAdd(u, v1, s11);
            u = Vector.LoadUnsafe(ref origin, rowQ2 + d);
            s20 = Vector.FusedMultiplyAdd(u, v0, s20);
            s21 = Vector.FusedMultiplyAdd(u, v1, s21);
            u = Vector.LoadUnsafe(ref origin, rowQ3 + d);
            s30 = Vector.FusedMultiplyAdd(u, v0, s30);
            s31 = Vector.FusedMultiplyAdd(u, v1, s31);
        }

        scores[0] = Vector.Sum(s00);
        scores[1] = Vector.Sum(s01);
        scores[2] = Vector.Sum(s10);
        scores[3] = Vector.Sum(s11);
        scores[4] = Vector.Sum(s20);
        scores[5] = Vector.Sum(s21);
        scores[6] = Vector.Sum(s30);
        scores[7] = Vector.Sum(s31);
    }

    private static int RoundUp(int value, int multiple) => Math.Max(multiple, (value + multiple - 1) / multiple * multiple);
}
