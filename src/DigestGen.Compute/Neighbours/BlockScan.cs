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
    public const int KernelQueries = 4;
    public const int KernelCandidates = 2;
    public const int PairsPerKernel = KernelQueries * KernelCandidates;

    /// <param name="queries">Query rows packed with the candidates' stride.</param>
    /// <param name="queryItems">Each query row's item index, so an item is never its own neighbour.</param>
    /// <param name="heaps">Each query row's heap.</param>
    public static void Run(ReadOnlySpan<float> queries, ReadOnlySpan<int> queryItems, ReadOnlySpan<TopKHeap> heaps, PackedRows candidates, int candidateStart, int candidateEnd)
    {
        Span<float> scores = stackalloc float[PairsPerKernel];
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
                    Kernel(
                        ref Row(ref queryOrigin, stride, q), ref Row(ref queryOrigin, stride, Math.Min(q + 1, queryCount - 1)),
                        ref Row(ref queryOrigin, stride, Math.Min(q + 2, queryCount - 1)), ref Row(ref queryOrigin, stride, Math.Min(q + 3, queryCount - 1)),
                        ref Row(ref candidateOrigin, stride, c), ref Row(ref candidateOrigin, stride, Math.Min(c + 1, tileEnd - 1)), (nuint)stride, scores);
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

    /// <summary>
    /// Four query rows against two candidate rows, each pair with <see cref="Similarity"/>'s arithmetic, for callers that
    /// keep their rows as arrays (all of one length, a multiple of the SIMD width): query rows from <paramref name="first"/>
    /// on, a ragged end repeating the last; scores query-major, <see cref="PairsPerKernel"/> of them.
    /// </summary>
    public static void Score(IReadOnlyList<float[]> queries, int first, float[] candidate, float[] nextCandidate, Span<float> scores)
    {
        var last = queries.Count - 1;
        Kernel(
            ref MemoryMarshal.GetArrayDataReference(queries[first]), ref MemoryMarshal.GetArrayDataReference(queries[Math.Min(first + 1, last)]),
            ref MemoryMarshal.GetArrayDataReference(queries[Math.Min(first + 2, last)]), ref MemoryMarshal.GetArrayDataReference(queries[Math.Min(first + 3, last)]),
            ref MemoryMarshal.GetArrayDataReference(candidate), ref MemoryMarshal.GetArrayDataReference(nextCandidate), (nuint)candidate.Length, scores);
    }

    private static ref float Row(ref float origin, int stride, int row) => ref Unsafe.Add(ref origin, (nint)row * stride);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel(ref float q0, ref float q1, ref float q2, ref float q3, ref float c0, ref float c1, nuint length, Span<float> scores)
    {
        var width = (nuint)Vector<float>.Count;
        Vector<float> s00 = default, s01 = default, s10 = default, s11 = default;
        Vector<float> s20 = default, s21 = default, s30 = default, s31 = default;
        for (nuint d = 0; d < length; d += width)
        {
            var v0 = Vector.LoadUnsafe(ref c0, d);
            var v1 = Vector.LoadUnsafe(ref c1, d);
            var u = Vector.LoadUnsafe(ref q0, d);
            s00 = Vector.FusedMultiplyAdd(u, v0, s00);
            s01 = Vector.FusedMultiplyAdd(u, v1, s01);
            u = Vector.LoadUnsafe(ref q1, d);
            s10 = Vector.FusedMultiplyAdd(u, v0, s10);
            s11 = Vector.FusedMultiplyAdd(u, v1, s11);
            u = Vector.LoadUnsafe(ref q2, d);
            s20 = Vector.FusedMultiplyAdd(u, v0, s20);
            s21 = Vector.FusedMultiplyAdd(u, v1, s21);
            u = Vector.LoadUnsafe(ref q3, d);
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
