using System.Collections.Concurrent;
using DigestGen.Compute.Embeddings;

namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// The semantic half of merging: cosine similarity of two texts' embeddings, each text embedded once however
/// often merge asks about it.
/// </summary>
public sealed class SemanticSimilarity(ITextEmbedder embedder)
{
    private readonly ConcurrentDictionary<string, float[]> vectors = new(StringComparer.Ordinal);

    public double Cosine(string left, string right) => VectorMath.Cosine(VectorOf(left), VectorOf(right));

    private float[] VectorOf(string text) => vectors.GetOrAdd(text, missing => embedder.Embed([missing])[0]);
}
