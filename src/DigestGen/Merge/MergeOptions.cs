namespace DigestGen.Merge;

/// <summary>
/// Knobs for merging. <see cref="SemanticSimilarity"/> is the semantic half of near-duplicate detection:
/// cosine similarity of two texts' embeddings, supplied by the pipeline from the compute stage; null means
/// merge decides on text alone.
/// </summary>
public sealed record MergeOptions(Func<string, string, double>? SemanticSimilarity = null)
{
    public static readonly MergeOptions TextOnly = new();
}
