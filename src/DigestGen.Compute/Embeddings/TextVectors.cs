using System.Collections.Frozen;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// Texts and their embeddings, made in one batch through <see cref="EmbeddingCache"/> and frozen: a stage that only
/// compares texts gets this table as data, never the model, so it cannot embed anything behind the pipeline's back.
/// </summary>
public sealed class TextVectors
{
    public static readonly TextVectors None = new(FrozenDictionary<string, float[]>.Empty);

    private readonly FrozenDictionary<string, float[]> vectors;

    private TextVectors(FrozenDictionary<string, float[]> vectors) => this.vectors = vectors;

    /// <summary>How many distinct texts have a vector.</summary>
    public int Count => vectors.Count;

    /// <summary>Embeds the distinct texts, taking what the cache already holds from it.</summary>
    public static TextVectors GetOrEmbed(EmbeddingCache cache, ITextEmbedder embedder, IEnumerable<string> texts, out int newlyEmbedded)
    {
        string[] distinct = [.. texts.Distinct(StringComparer.Ordinal)];
        var embedded = cache.GetOrEmbed(embedder, distinct, out newlyEmbedded);
        return new TextVectors(distinct.Zip(embedded).ToFrozenDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
    }

    /// <summary>Cosine similarity of two texts' vectors; null when either text was not embedded.</summary>
    public double? Cosine(string left, string right) =>
        vectors.TryGetValue(left, out var first) && vectors.TryGetValue(right, out var second) ? VectorMath.Cosine(first, second) : null;
}
