using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// A built lunr index, in the shape lunr serializes. Terms are numbered as lunr numbers them (<c>_index</c>: order of
/// first appearance); documents by the order they were added. Field vectors are indexed by
/// <c>document * Fields.Length + field</c>, as lunr orders its field refs.
/// </summary>
public sealed class LunrIndex
{
    internal LunrIndex(
        ImmutableArray<LunrField> fields,
        ImmutableArray<string> documentRefs,
        ImmutableArray<string> terms,
        ImmutableArray<int> termsInOrder,
        int[][][] postings,
        FieldVector[] fieldVectors,
        ImmutableArray<int> documentsInKeyOrder)
    {
        DocumentsInKeyOrder = documentsInKeyOrder;
        Fields = fields;
        DocumentRefs = documentRefs;
        Terms = terms;
        TermsInOrder = termsInOrder;
        Postings = postings;
        FieldVectors = fieldVectors;
    }

    public ImmutableArray<LunrField> Fields { get; }

    public ImmutableArray<string> DocumentRefs { get; }

    /// <summary>
    /// Documents in the order JavaScript lists them as object keys (numeric refs first), which is the order of
    /// every posting.
    /// </summary>
    public ImmutableArray<int> DocumentsInKeyOrder { get; }

    /// <summary>Term text by term index.</summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>Term indexes sorted by term text in UTF-16 code-unit order, as lunr's serializer sorts them.</summary>
    public ImmutableArray<int> TermsInOrder { get; }

    /// <summary>Per term, per field: the documents containing it, in the order lunr lists them.</summary>
    internal int[][][] Postings { get; }

    internal FieldVector[] FieldVectors { get; }
}
