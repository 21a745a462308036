namespace DigestGen.Compute.Clustering;

/// <summary>
/// Unit-length vectors as k-means sees them: each row's cosine to every centroid, and the row added into a
/// centroid sum. Lets clustering run on sparse or joined vectors without ever materialising them densely.
/// </summary>
internal interface IClusterVectors
{
    int Count { get; }

    int Dimensions { get; }

    /// <summary>Writes the row's dot product with each centroid (its cosine: rows and centroids are unit length).</summary>
    void Similarities(int row, Centroids centroids, Span<float> similarities);

    /// <summary>Adds the row into <paramref name="sum"/> (length <see cref="Dimensions"/>).</summary>
    void AddTo(int row, Span<float> sum);
}
