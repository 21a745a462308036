using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Builds the index lunr.Builder 2.3.9 builds for the same documents and fields, number for number (its BM25 weights:
/// <see cref="LunrIndex.Weights"/>). Tokenizing runs in parallel; numbering terms and documents stays sequential so it matches lunr's order.
/// Each field's distinct terms and their counts are kept as they are found (not its tokens, nor a growing list per
/// term): the postings are the field vectors read by term, made in one pass once every document is in.
/// </summary>
public static class LunrIndexBuilder
{
    /// <summary>Documents tokenized at a time: enough to keep both cores busy, few enough to hold little.</summary>
    private const int TokenizedBatch = 2048;

    public static LunrIndex Build(ImmutableArray<LunrField> fields, IReadOnlyList<LunrDocument> documents)
    {
        var (terms, documentsWithTerm, fieldLengths, counts) = DistinctTerms(fields.Length, documents);
        var refs = documents.Select(document => document.Ref).ToImmutableArray();
        var order = JsObjectKeyOrder.Of(refs);
        ImmutableArray<int> documentsInKeyOrder = [.. order.Arrange([.. Enumerable.Range(0, refs.Length)])];
        return new LunrIndex(
            fields,
            refs,
            [.. terms],
            [.. documentsWithTerm],
            new WeightedRows(counts.Starts, counts.Terms, counts.Counts),
            fieldLengths,
            documentsInKeyOrder);
    }

    /// <summary>
    /// Numbers terms by first appearance, walking documents and fields in lunr's order, and keeps each field's distinct
    /// terms (ascending, as lunr.Vector stores them) with how often each occurs there. Documents are tokenized in
    /// parallel a batch at a time, so only one batch's tokens are held at once.
    /// </summary>
    private static (List<string> Terms, List<int> DocumentsWithTerm, int[] FieldLengths, (int[] Starts, int[] Terms, int[] Counts) Counts) DistinctTerms(
        int fieldCount, IReadOnlyList<LunrDocument> documents)
    {
        var pipeline = new TextPipeline();
        var fieldRefs = documents.Count * fieldCount;
        var tokenized = new List<PipelineTerm>[Math.Min(fieldRefs, TokenizedBatch * fieldCount)];
        var terms = new List<string>();
        var documentsWithTerm = new List<int>();
        var starts = new int[fieldRefs + 1];
        var fieldLengths = new int[fieldRefs];
        var fieldTerms = new List<int>();
        var termCounts = new List<int>();
        var ids = new List<int>();
        for (var fieldRef = 0; fieldRef < fieldRefs; fieldRef++)
        {
            if (fieldRef % tokenized.Length == 0)
            {
                var batchStart = fieldRef / fieldCount;
                Parallel.For(batchStart, Math.Min(documents.Count, batchStart + TokenizedBatch), batchDoc =>
                {
                    for (var batchField = 0; batchField < fieldCount; batchField++)
                    {
                        tokenized[(batchDoc - batchStart) * fieldCount + batchField] = pipeline.Terms(documents[batchDoc].FieldTexts[batchField]);
                    }
                });
            }

            ids.Clear();
            foreach (var term in tokenized[fieldRef % tokenized.Length])
            {
                if (term.Number < 0)
                {
                    term.Number = terms.Count;
                    terms.Add(term.Text);
                    documentsWithTerm.Add(0);
                }

                ids.Add(term.Number);
            }

            fieldLengths[fieldRef] = ids.Count;
            ids.Sort();
            for (var start = 0; start < ids.Count;)
            {
                var end = start + 1;
                while (end < ids.Count && ids[end] == ids[start])
                {
                    end++;
                }

                fieldTerms.Add(ids[start]);
                termCounts.Add(end - start);
                documentsWithTerm[ids[start]]++;
                start = end;
            }

            starts[fieldRef + 1] = fieldTerms.Count;
        }

        return (terms, documentsWithTerm, fieldLengths, (starts, fieldTerms.ToArray(), termCounts.ToArray()));
    }
}
