using System.Numerics.Tensors;

namespace DigestGen.Compute.Clustering;

/// <summary>Plain unit-length vectors (embeddings, or dense TF-IDF) for clustering.</summary>
internal sealed class DenseVectors(IReadOnlyList<float[]> rows) : IClusterVectors
{
    public int Count => rows.Count;

    public int Dimensions => rows.Count == 0 ? 0 : rows[0].Length;

    public void Similarities(int row, Centroids centroids, Span<float> similarities)
    {
        similarities[..centroids.Count].Clear();
        centroids.AddDenseSimilarities(rows[row], 0, 1f, similarities);
    }

    public void AddTo(int row, Span<float> sum) => TensorPrimitives.Add(sum, rows[row], sum);
}
