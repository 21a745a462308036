using System.Numerics;

namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Vectors copied into one row-major block in a chosen order, each row zero-padded to a multiple of the SIMD width:
/// the layout <see cref="BlockScan"/> streams through. <see cref="Original"/> maps a packed row back to its index in
/// the caller's list.
/// </summary>
internal sealed class PackedRows
{
    public PackedRows(IReadOnlyList<float[]> vectors, int[] order)
    {
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        Stride = Math.Max(Vector<float>.Count, (dimensions + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count);
        Matrix = new float[order.Length * Stride];
        for (var row = 0; row < order.Length; row++)
        {
            var vector = vectors[order[row]];
            if (vector.Length != dimensions)
            {
                throw new ArgumentException($"vector {order[row]} has {vector.Length} dimensions, expected {dimensions}", nameof(vectors));
            }

            vector.CopyTo(Matrix, row * Stride);
        }

        Original = order;
    }

    public float[] Matrix { get; }

    public int Stride { get; }

    public int[] Original { get; }

    public int Count => Original.Length;

    public static int[] InOrder(int count) => Enumerable.Range(0, count).ToArray();
}
