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
        WeightedRows postings,
        WeightedRows fieldVectors,
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

    /// <summary>
    /// Row <c>term * Fields.Length + field</c>: the documents (by position) whose field has the term, in the order lunr
    /// lists them (<see cref="DocumentsInKeyOrder"/>), each with the term's weight in that field vector.
    /// </summary>
    internal WeightedRows Postings { get; }

    /// <summary>Row <c>document * Fields.Length + field</c>: the field's terms by term index, ascending, with their weights.</summary>
    internal WeightedRows FieldVectors { get; }
}
