namespace DigestGen.Compute.Terms;

/// <summary>A vector stored as its non-zero entries, indices ascending.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static readonly SparseVector Empty = new([], []);

    public float[] ToDense(int dimensions)
    {
        var dense = new float[dimensions];
        for (var i = 0; i < Indices.Length; i++)
        {
            dense[Indices[i]] = Values[i];
        }

        return dense;
    }
}
