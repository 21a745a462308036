using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Scores a block of query rows against a range of candidate rows of a <see cref="PackedRows"/> and offers each
/// pair to the query's heap. The work is a matrix product done in cache-sized tiles: the query block stays in L2
/// while tiles of candidate rows stream past, and a 4×2 register-blocked SIMD kernel scores eight pairs per pass
/// over the dimensions. A pair's score depends on its two rows only, so any split of the work gives equal results.
/// </summary>
internal static class BlockScan
{
    public const int QueryBlockRows = 64;
    private const int CandidateTileRows = 128;
    private const int KernelQueries = 4;
    private const int KernelCandidates = 2;

    /// <param name="queries">Query rows packed with the candidates' stride.</param>
    /// <param name="queryItems">Each query row's item index, so an item is never its own neighbour.</param>
    /// <param name="heaps">Each query row's heap.</param>
    public static void Run(ReadOnlySpan<float> queries, ReadOnlySpan<int> queryItems, ReadOnlySpan<TopKHeap> heaps, PackedRows candidates, int candidateStart, int candidateEnd)
    {
        Span<float> scores = stackalloc float[KernelQueries * KernelCandidates];
        ref var queryOrigin = ref MemoryMarshal.GetReference(queries);
        ref var candidateOrigin = ref MemoryMarshal.GetArrayDataReference(candidates.Matrix);
        var stride = candidates.Stride;
        var queryCount = queryItems.Length;
        for (var tileStart = candidateStart; tileStart < candidateEnd; tileStart += CandidateTileRows)
        {
            var tileEnd = Math.Min(tileStart + CandidateTileRows, candidateEnd);
            for (var q = 0; q < queryCount; q += KernelQueries)
            {
                for (var c = tileStart; c < tileEnd; c += KernelCandidates)
                {
                    // Ragged edges reuse the last valid row and ignore its scores, keeping one kernel shape.
                    Kernel(ref queryOrigin, ref candidateOrigin, stride, q, Math.Min(q + 1, queryCount - 1), Math.Min(q + 2, queryCount - 1), Math.Min(q + 3, queryCount - 1), c, Math.Min(c + 1, tileEnd - 1), scores);
                    for (var dq = 0; dq < KernelQueries && q + dq < queryCount; dq++)
                    {
                        var heap = heaps[q + dq];
                        for (var dc = 0; dc < KernelCandidates && c + dc < tileEnd; dc++)
                        {
                            var similarity = scores[(dq * KernelCandidates) + dc];
                            var item = candidates.Original[c + dc];
                            if (item != queryItems[q + dq] && similarity >= heap.Threshold)
                            {
                                heap.Offer(similarity, item);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// One pair's score with the kernel's arithmetic (the same lanes, fused multiply-adds and final sum; a ragged end
    /// zero-padded as <see cref="PackedRows"/> pads it), so a score computed alone equals the scan's to the last bit
    /// and a list re-sorted later orders near-ties as the scan did.
    /// </summary>
    public static float Similarity(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var width = Vector<float>.Count;
        Vector<float> sum = default;
        var d = 0;
        for (; d + width <= left.Length; d += width)
        {
            sum = Vector.FusedMultiplyAdd(new Vector<float>(left[d..]), new Vector<float>(right[d..]), sum);
        }

        if (d < left.Length)
        {
            Span<float> leftEnd = stackalloc float[width];
            Span<float> rightEnd = stackalloc float[width];
            left[d..].CopyTo(leftEnd);
            right[d..].CopyTo(rightEnd);
            sum = Vector.FusedMultiplyAdd(new Vector<float>(leftEnd), new Vector<float>(rightEnd), sum);
        }

        return Vector.Sum(sum);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel(ref float queryOrigin, ref float candidateOrigin, int stride, int q0, int q1, int q2, int q3, int c0, int c1, Span<float> scores)
    {
        var width = (nuint)Vector<float>.Count;
        nuint rowQ0 = (nuint)(q0 * stride), rowQ1 = (nuint)(q1 * stride), rowQ2 = (nuint)(q2 * stride), rowQ3 = (nuint)(q3 * stride);
        nuint rowC0 = (nuint)(c0 * stride), rowC1 = (nuint)(c1 * stride);
        Vector<float> s00 = default, s01 = default, s10 = default, s11 = default;
        Vector<float> s20 = default, s21 = default, s30 = default, s31 = default;
        for (nuint d = 0; d < (nuint)stride; d += width)
        {
            var v0 = Vector.LoadUnsafe(ref candidateOrigin, rowC0 + d);
            var v1 = Vector.LoadUnsafe(ref candidateOrigin, rowC1 + d);
            var u = Vector.LoadUnsafe(ref queryOrigin, rowQ0 + d);
            s00 = Vector.FusedMultiplyAdd(u, v0, s00);
            s01 = Vector.FusedMultiplyAdd(u, v1, s01);
            u = Vector.LoadUnsafe(ref queryOrigin, rowQ1 + d);
            s10 = Vector.FusedMultiplyAdd(u, v0, s10);
            s11 = Vector.FusedMultiplyAdd(u, v1, s11);
            u = Vector.LoadUnsafe(ref queryOrigin, rowQ2 + d);
            s20 = Vector.FusedMultiplyAdd(u, v0, s20);
            s21 = Vector.FusedMultiplyAdd(u, v1, s21);
            u = Vector.LoadUnsafe(ref queryOrigin, rowQ3 + d);
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
}
