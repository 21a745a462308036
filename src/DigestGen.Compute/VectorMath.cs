using System.Numerics.Tensors;

namespace DigestGen.Compute;

/// <summary>Small vector helpers shared by clustering, neighbours and projection.</summary>
internal static class VectorMath
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
}
