namespace DigestGen.Compute.Clustering;

/// <summary>Some rows of a vector set, renumbered 0..n-1: the sample topic counts and starts are fitted on.</summary>
internal sealed class RowSubset(IClusterVectors vectors, int[] rows) : IClusterVectors
{
    public int Count => rows.Length;

    public int Dimensions => vectors.Dimensions;

    public void Similarities(int row, Centroids centroids, Span<float> similarities) => vectors.Similarities(rows[row], centroids, similarities);

    public void AddTo(int row, Span<float> sum) => vectors.AddTo(rows[row], sum);
}
