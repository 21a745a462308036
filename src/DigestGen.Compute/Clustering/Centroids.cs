using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// k unit-length cluster directions, row-major, plus a dimension-major copy so a sparse row scores all k centroids
/// with one contiguous multiply-add per non-zero entry. Immutable.
/// </summary>
internal sealed class Centroids
{
    private readonly float[] rows;
    private readonly float[] byDimension;

    /// <param name="rows">
    /// k × dimensions values, row-major, e.g. sums of each cluster's members; each row is normalised here (a zero
    /// row stays zero). The array is taken over, not copied.
    /// </param>
    public Centroids(float[] rows, int dimensions)
        : this(rows, dimensions, normalise: true)
    {
    }

    private Centroids(float[] rows, int dimensions, bool normalise)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Length % dimensions, 0);
        Dimensions = dimensions;
        Count = rows.Length / dimensions;
        this.rows = rows;
        byDimension = new float[rows.Length];
        for (var c = 0; c < Count; c++)
        {
            var row = rows.AsSpan(c * dimensions, dimensions);
            if (normalise)
            {
                VectorMath.NormaliseInPlace(row);
            }

            for (var d = 0; d < dimensions; d++)
            {
                byDimension[(d * Count) + c] = row[d];
            }
        }
    }

    public int Count { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> Row(int centroid) => rows.AsSpan(centroid * Dimensions, Dimensions);

    /// <summary>Every centroid's value in one dimension.</summary>
    public ReadOnlySpan<float> Dimension(int dimension) => byDimension.AsSpan(dimension * Count, Count);

    /// <summary>The centroids in a new order (or a subset), values untouched.</summary>
    public Centroids Select(IReadOnlyList<int> order)
    {
        var selected = new float[order.Count * Dimensions];
        for (var c = 0; c < order.Count; c++)
        {
            Row(order[c]).CopyTo(selected.AsSpan(c * Dimensions));
        }

        return new Centroids(selected, Dimensions, normalise: false);
    }

    /// <summary>A copy of the row-major values.</summary>
    public float[] ToArray() => (float[])rows.Clone();

    /// <summary>Scores one row against every centroid on the dense span starting at <paramref name="offset"/>.</summary>
    internal void AddDenseSimilarities(ReadOnlySpan<float> vector, int offset, float scale, Span<float> similarities)
    {
        for (var c = 0; c < Count; c++)
        {
            similarities[c] += scale * TensorPrimitives.Dot(vector, rows.AsSpan((c * Dimensions) + offset, vector.Length));
        }
    }
}
