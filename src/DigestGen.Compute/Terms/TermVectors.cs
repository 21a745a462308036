namespace DigestGen.Compute.Terms;

/// <summary>TF-IDF vectors of a corpus: the words kept as features, and each document's weights over them.</summary>
/// <param name="Features">Word of each dimension.</param>
/// <param name="Rows">One unit-length (or empty) vector per document.</param>
internal sealed record TermVectors(IReadOnlyList<string> Features, IReadOnlyList<SparseVector> Rows)
{
    /// <summary>At least one dimension, so an empty or all-stop-word corpus still yields well-formed vectors.</summary>
    public int Dimensions => Math.Max(1, Features.Count);

    public float[][] ToDense() => [.. Rows.Select(row => row.ToDense(Dimensions))];
}
