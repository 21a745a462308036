using System.Numerics.Tensors;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Terms;

namespace DigestGen.Compute;

/// <summary>
/// One vector per paper from two views of it: the sentence embedding (meaning, paraphrase) and the TF-IDF vector
/// (the field's own words, which separate arXiv categories well). Each part is L2-normalised and scaled by the square
/// root of its weight, so the cosine of two joined vectors is the weighted mean of the two cosines. The join is
/// never materialised: the TF-IDF part stays sparse (a dense 100,000 × 2,560 copy would take 1 GB).
/// </summary>
internal sealed class HybridVectors : IClusterVectors
{
    /// <summary>
    /// Most of the say to TF-IDF: 0.3 scored best on 3,000 papers and beat both baselines on 6,000
    /// (bench/results/quality.md).
    /// </summary>
    public const float DefaultEmbeddingWeight = 0.3f;

    private readonly IReadOnlyList<float[]> embeddings;
    private readonly IReadOnlyList<SparseVector> terms;
    private readonly int embeddingDimensions;

    /// <summary>Per row, what its embedding and its TF-IDF part are multiplied by to make the joined unit vector.</summary>
    private readonly (float Embedding, float Terms)[] scales;

    /// <param name="embeddings">One vector per paper, or null for TF-IDF alone (no model).</param>
    public HybridVectors(IReadOnlyList<float[]>? embeddings, TermVectors terms, float embeddingWeight = DefaultEmbeddingWeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(embeddingWeight, 0f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(embeddingWeight, 1f);
        this.embeddings = embeddings ?? [];
        this.terms = terms.Rows;
        if (embeddings is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(embeddings.Count, terms.Rows.Count);
        }

        embeddingDimensions = embeddings is { Count: > 0 } ? embeddings[0].Length : 0;
        Dimensions = embeddingDimensions + terms.Dimensions;
        var embeddingScale = embeddings is null ? 0f : MathF.Sqrt(embeddingWeight);
        var termScale = embeddings is null ? 1f : MathF.Sqrt(1f - embeddingWeight);
        scales = new (float, float)[terms.Rows.Count];
        for (var i = 0; i < scales.Length; i++)
        {
            var embeddingNorm = embeddings is null ? 0f : TensorPrimitives.Norm(embeddings[i]);
            var termNorm = TensorPrimitives.Norm(terms.Rows[i].Values);
            var embeddingPart = embeddingNorm > 0 ? embeddingScale / embeddingNorm : 0f;
            var termPart = termNorm > 0 ? termScale / termNorm : 0f;

            // A paper with none of the vocabulary's words has an empty TF-IDF part; keep every vector unit length.
            var joinedNorm = MathF.Sqrt((embeddingNorm > 0 ? embeddingScale * embeddingScale : 0f) + (termNorm > 0 ? termScale * termScale : 0f));
            scales[i] = joinedNorm > 0 ? (embeddingPart / joinedNorm, termPart / joinedNorm) : (0f, 0f);
        }
    }

    public int Count => scales.Length;

    public int Dimensions { get; }

    /// <summary>Where the TF-IDF part starts: the embedding's dimensions come first.</summary>
    public int TermOffset => embeddingDimensions;

    public void Similarities(int row, Centroids centroids, Span<float> similarities)
    {
        var scores = similarities[..centroids.Count];
        scores.Clear();
        var (embeddingScale, termScale) = scales[row];
        if (embeddingScale != 0)
        {
            centroids.AddDenseSimilarities(embeddings[row], 0, embeddingScale, scores);
        }

        var (indices, values) = terms[row];
        for (var i = 0; i < indices.Length; i++)
        {
            TensorPrimitives.MultiplyAdd(centroids.Dimension(embeddingDimensions + indices[i]), termScale * values[i], scores, scores);
        }
    }

    public void AddTo(int row, Span<float> sum)
    {
        var (embeddingScale, termScale) = scales[row];
        if (embeddingScale != 0)
        {
            TensorPrimitives.MultiplyAdd(embeddings[row], embeddingScale, sum[..embeddingDimensions], sum[..embeddingDimensions]);
        }

        var (indices, values) = terms[row];
        for (var i = 0; i < indices.Length; i++)
        {
            sum[embeddingDimensions + indices[i]] += termScale * values[i];
        }
    }
}
