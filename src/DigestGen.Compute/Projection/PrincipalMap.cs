using System.Numerics.Tensors;

namespace DigestGen.Compute.Projection;

/// <summary>
/// Places every item on a 2-D map by its first two principal components (power iteration on the covariance,
/// never forming it nor a centred copy of the vectors), scaled into the unit square with one scale for both axes
/// so distances stay comparable.
/// Deterministic: fixed start vectors and a sign convention.
/// </summary>
internal static class PrincipalMap
{
    private const int MaxIterations = 60;

    /// <summary>The axis has settled when no coordinate moves more than this in a round (far below a pixel).</summary>
    private const float Tolerance = 1e-5f;
    private const int ChunkSize = 4096;

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
        var first = PrincipalAxis(vectors, mean, orthogonalTo: null);
        var second = PrincipalAxis(vectors, mean, orthogonalTo: first);
        var xs = Project(vectors, mean, first);
        var ys = Project(vectors, mean, second);
        return FitUnitSquare(xs, ys);
    }

    /// <summary>Each vector's coordinate along the axis, measured from the mean: (v − m)·a = v·a − m·a.</summary>
    private static double[] Project(IReadOnlyList<float[]> vectors, float[] mean, float[] axis)
    {
        var offset = TensorPrimitives.Dot(mean, axis);
        var coordinates = new double[vectors.Count];
        Parallel.For(0, vectors.Count, i => coordinates[i] = TensorPrimitives.Dot(vectors[i], axis) - offset);
        return coordinates;
    }

    /// <summary>
    /// Power iteration a ← Xᵀ(X a) on the centred vectors X, never forming them: Xᵀ(X a) = Σ ((v − m)·a) v, because
    /// the coordinates from the mean sum to zero. The sum is taken in fixed chunks added in order, so the result does
    /// not depend on thread timing.
    /// </summary>
    private static float[] PrincipalAxis(IReadOnlyList<float[]> vectors, float[] mean, float[]? orthogonalTo)
    {
        var dimensions = mean.Length;
        var axis = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            // A fixed, non-degenerate start: unlikely to be orthogonal to any principal axis.
            axis[d] = 1f + (0.5f * MathF.Sin(d + (orthogonalTo is null ? 0 : 1)));
        }

        var chunks = (vectors.Count + ChunkSize - 1) / ChunkSize;
        var partials = new float[chunks][];
        RemoveComponent(axis, orthogonalTo);
        VectorMath.NormaliseInPlace(axis);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var coordinates = Project(vectors, mean, axis);
            Parallel.For(0, chunks, chunk =>
            {
                var sum = partials[chunk] ??= new float[dimensions];
                Array.Clear(sum);
                for (var i = chunk * ChunkSize; i < Math.Min(vectors.Count, (chunk + 1) * ChunkSize); i++)
                {
                    TensorPrimitives.MultiplyAdd(vectors[i], (float)coordinates[i], sum, sum);
                }
            });
            var next = new float[dimensions];
            foreach (var sum in partials)
            {
                TensorPrimitives.Add(next, sum, next);
            }

            RemoveComponent(next, orthogonalTo);
            VectorMath.NormaliseInPlace(next);
            TensorPrimitives.Subtract(next, axis, axis);
            var settled = TensorPrimitives.MaxMagnitude(axis) < Tolerance;
            axis = next;
            if (settled)
            {
                break;
            }
        }

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
