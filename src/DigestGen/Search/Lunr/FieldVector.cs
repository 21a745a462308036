namespace DigestGen.Search.Lunr;

/// <summary>One document field's BM25 weights: parallel arrays sorted by term index, as lunr.Vector stores them.</summary>
internal sealed record FieldVector(int[] TermIndexes, double[] Scores)
{
    public static readonly FieldVector Empty = new([], []);
}
