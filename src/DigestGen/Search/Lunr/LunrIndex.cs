using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// A built lunr index, in the shape lunr serializes. Terms are numbered as lunr numbers them (<c>_index</c>: order of
/// first appearance); documents by the order they were added. Field refs are numbered
/// <c>document * Fields.Length + field</c>, as lunr orders them. The index keeps what a document's text alone fixes —
/// how often each term occurs in each field and each field's length — and computes lunr's BM25 weights, which depend
/// on every document, only when asked (<see cref="Weights"/>).
/// </summary>
public sealed class LunrIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly int[] fieldLengths;
    private readonly int[] documentsWithTerm;
    private WeightedRows? postings;

    internal LunrIndex(
        ImmutableArray<LunrField> fields,
        ImmutableArray<string> documentRefs,
        ImmutableArray<string> terms,
        int[] documentsWithTerm,
        WeightedRows termCounts,
        int[] fieldLengths,
        ImmutableArray<int> documentsInKeyOrder)
    {
        Fields = fields;
        DocumentRefs = documentRefs;
        Terms = terms;
        this.documentsWithTerm = documentsWithTerm;
        TermCounts = termCounts;
        this.fieldLengths = fieldLengths;
        DocumentsInKeyOrder = documentsInKeyOrder;
        TermsInOrder = [.. Enumerable.Range(0, terms.Length).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(terms[a], terms[b])))];
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
    /// lists them (<see cref="DocumentsInKeyOrder"/>), each with how often the term occurs there.
    /// </summary>
    internal WeightedRows Postings => postings ??= PostingsOf(DocumentsInKeyOrder);

    /// <summary>
    /// <see cref="Postings"/> of only the given documents (in key order): what one segment's parts are made from, so a
    /// build that keeps the settled segment's parts never turns its documents' rows around.
    /// </summary>
    internal WeightedRows PostingsOf(IReadOnlyList<int> documentsInKeyOrder) =>
        documentsInKeyOrder.Count == DocumentRefs.Length && postings is not null ? postings : TermCounts.Transposed(Terms.Length, Fields.Length, documentsInKeyOrder);

    /// <summary>Row <c>fieldRef</c>: the field's terms by term index, ascending, with how often each occurs there.</summary>
    internal WeightedRows TermCounts { get; }

    /// <summary>How many terms the field holds (lunr's <c>fieldLengths</c>; a repeated term counts each time).</summary>
    public int FieldLength(int fieldRef) => fieldLengths[fieldRef];

    /// <summary>The lengths of field refs <paramref name="first"/> up to <paramref name="end"/>.</summary>
    internal ReadOnlySpan<int> FieldLengths(int first, int end) => fieldLengths.AsSpan(first, end - first);

    /// <summary>Each field's length summed over all documents.</summary>
    public ImmutableArray<long> FieldLengthTotals()
    {
        var totals = new long[Fields.Length];
        for (var fieldRef = 0; fieldRef < fieldLengths.Length; fieldRef++)
        {
            totals[fieldRef % Fields.Length] += fieldLengths[fieldRef];
        }

        return [.. totals];
    }

    /// <summary>
    /// lunr.Builder#createFieldVectors: the <see cref="TermCounts"/> with each count replaced by the term's BM25 weight
    /// in that field, in thousandths: k1 = 1.2, b = 0.75, the field's boost, document frequency counted over all
    /// fields, rounded to 3 decimals the JavaScript way. search-index.js computes the same from a part's counts.
    /// </summary>
    internal WeightedRows Weights()
    {
        var fieldCount = Fields.Length;
        var documentCount = DocumentRefs.Length;
        var averageLengths = FieldLengthTotals().Select(total => (double)total / documentCount).ToArray();
        var idf = new double[Terms.Length];
        for (var term = 0; term < idf.Length; term++)
        {
            var x = (documentCount - documentsWithTerm[term] + 0.5) / (documentsWithTerm[term] + 0.5);
            idf[term] = Math.Log(1 + Math.Abs(x));
        }

        var weights = new int[TermCounts.PairCount];
        Parallel.For(0, TermCounts.Count, fieldRef =>
        {
            var field = fieldRef % fieldCount;
            var lengthRatio = fieldLengths[fieldRef] / averageLengths[field];
            var terms = TermCounts.Columns(fieldRef);
            var counts = TermCounts.Values(fieldRef);
            var at = TermCounts.Start(fieldRef);
            for (var i = 0; i < terms.Length; i++)
            {
                double tf = counts[i];
                var score = idf[terms[i]] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                score *= Fields[field].Boost;
                weights[at + i] = (int)JsMath.Round(score * 1000);
            }
        });
        return TermCounts.WithValues(weights);
    }
}
