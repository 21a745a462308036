using System.Numerics.Tensors;

namespace DigestGen.Compute;

/// <summary>Small vector helpers shared by clustering, neighbours and projection.</summary>
public static class VectorMath
{
    /// <summary>Scales to unit length; a zero vector stays zero (it is similar to nothing).</summary>
    public static void NormaliseInPlace(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    public static float Cosine(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var norms = TensorPrimitives.Norm(left) * TensorPrimitives.Norm(right);
        return norms > 0 ? TensorPrimitives.Dot(left, right) / norms : 0f;
    }

    /// <summary>
    /// Copies rows into one row-major block, each row zero-padded to <paramref name="stride"/> floats: the layout
    /// the blocked SIMD kernels stream through.
    /// </summary>
    public static float[] PackRows(IReadOnlyList<float[]> rows, int stride)
    {
        var dimensions = rows.Count == 0 ? 0 : rows[0].Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, dimensions);
        var packed = new float[rows.Count * stride];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != dimensions)
            {
                throw new ArgumentException($"vector {i} has {rows[i].Length} dimensions, expected {dimensions}", nameof(rows));
            }

            rows[i].CopyTo(packed, i * stride);
        }

        return packed;
    }
}
