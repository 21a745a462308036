using System.Numerics.Tensors;

namespace DigestGen.Compute.Projection;

/// <summary>
/// Places every item on a 2-D map by its first two principal components (power iteration on the covariance,
/// never forming it), scaled into the unit square with one scale for both axes so distances stay comparable.
/// Deterministic: fixed start vectors and a sign convention.
/// </summary>
public static class PrincipalMap
{
    private const int Iterations = 60;

    /// <returns>One (X, Y) per vector, both in [0, 1]; the centre of the square when there is no spread.</returns>
    public static (double X, double Y)[] Project(IReadOnlyList<float[]> vectors)
    {
        if (vectors.Count == 0)
        {
            return [];
        }

        var dimensions = vectors[0].Length;
        var mean = new float[dimensions];
        foreach (var vector in vectors)
        {
            TensorPrimitives.Add(mean, vector, mean);
        }

        TensorPrimitives.Divide(mean, vectors.Count, mean);
        var centred = vectors.Select(vector => Subtract(vector, mean)).ToArray();

        var first = PrincipalAxis(centred, dimensions, orthogonalTo: null);
        var second = PrincipalAxis(centred, dimensions, orthogonalTo: first);
        var xs = centred.Select(row => (double)TensorPrimitives.Dot(row, first)).ToArray();
        var ys = centred.Select(row => (double)TensorPrimitives.Dot(row, second)).ToArray();
        return FitUnitSquare(xs, ys);
    }

    private static float[] Subtract(float[] vector, float[] mean)
    {
        var result = new float[vector.Length];
        TensorPrimitives.Subtract(vector, mean, result);
        return result;
    }

    /// <summary>Power iteration v ← Xᵀ(X v) for the largest remaining principal axis.</summary>
    private static float[] PrincipalAxis(float[][] centred, int dimensions, float[]? orthogonalTo)
    {
        var axis = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            // A fixed, non-degenerate start: unlikely to be orthogonal to any principal axis.
            axis[d] = 1f + (0.5f * MathF.Sin(d + (orthogonalTo is null ? 0 : 1)));
        }

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            RemoveComponent(axis, orthogonalTo);
            VectorMath.NormaliseInPlace(axis);
            var next = new float[dimensions];
            var partials = new float[centred.Length];
            Parallel.For(0, centred.Length, i => partials[i] = TensorPrimitives.Dot(centred[i], axis));
            for (var i = 0; i < centred.Length; i++)
            {
                TensorPrimitives.MultiplyAdd(centred[i], partials[i], next, next);
            }

            axis = next;
        }

        RemoveComponent(axis, orthogonalTo);
        VectorMath.NormaliseInPlace(axis);

        // Eigenvectors have no sign; fix one so the map does not flip between runs or machines.
        if (axis[TensorPrimitives.IndexOfMaxMagnitude(axis)] < 0)
        {
            TensorPrimitives.Negate(axis, axis);
        }

        return axis;
    }

    private static void RemoveComponent(float[] axis, float[]? direction)
    {
        if (direction is not null)
        {
            TensorPrimitives.MultiplyAdd(direction, -TensorPrimitives.Dot(axis, direction), axis, axis);
        }
    }

    private static (double X, double Y)[] FitUnitSquare(double[] xs, double[] ys)
    {
        var span = Math.Max(xs.Max() - xs.Min(), ys.Max() - ys.Min());
        if (span <= 0)
        {
            return xs.Select(_ => (0.5, 0.5)).ToArray();
        }

        // Centre the narrower axis so both use the same scale.
        var left = ((xs.Max() + xs.Min()) / 2) - (span / 2);
        var bottom = ((ys.Max() + ys.Min()) / 2) - (span / 2);
        return xs.Zip(ys, (x, y) => (Math.Clamp((x - left) / span, 0, 1), Math.Clamp((y - bottom) / span, 0, 1))).ToArray();
    }
}
