using System.Collections.Frozen;
using System.Numerics.Tensors;

namespace DigestGen.Merge;

/// <summary>
/// Abstracts and their embeddings, made in one batch by the pipeline before merge runs and frozen: merge compares
/// abstracts by meaning through this table but never holds the model, so it cannot embed anything behind the
/// pipeline's back, and it needs nothing from the compute stage.
/// </summary>
public sealed class AbstractVectors
{
    public static readonly AbstractVectors None = new(FrozenDictionary<string, float[]>.Empty);

    private readonly FrozenDictionary<string, float[]> vectors;

    private AbstractVectors(FrozenDictionary<string, float[]> vectors) => this.vectors = vectors;

    /// <summary>How many distinct texts have a vector.</summary>
    public int Count => vectors.Count;

    /// <summary>Each text with the vector at the same position (a text given twice keeps its first).</summary>
    public static AbstractVectors Of(IReadOnlyList<string> texts, IReadOnlyList<float[]> embeddings) =>
        new(texts.Zip(embeddings).DistinctBy(pair => pair.First, StringComparer.Ordinal)
            .ToFrozenDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));

    /// <summary>Cosine similarity of two texts' vectors; null when either text was not embedded.</summary>
    public double? Cosine(string left, string right) =>
        vectors.TryGetValue(left, out var first) && vectors.TryGetValue(right, out var second) ? TensorPrimitives.CosineSimilarity(first, second) : null;
}
