using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Builds the index lunr.Builder 2.3.9 builds for the same documents and fields, number for number: BM25 with
/// k1 = 1.2 and b = 0.75, document frequency counted over all fields, scores rounded to 3 decimals the JavaScript
/// way. Tokenizing runs in parallel; numbering terms and documents stays sequential so it matches lunr's order.
/// Each field's distinct terms and their counts are kept as they are found (not its tokens, nor a growing list per
/// term): the postings are the field vectors read by term, made in one pass once every document is in.
/// </summary>
public static class LunrIndexBuilder
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Documents tokenized at a time: enough to keep both cores busy, few enough to hold little.</summary>
    private const int TokenizedBatch = 2048;

    public static LunrIndex Build(ImmutableArray<LunrField> fields, IReadOnlyList<LunrDocument> documents)
    {
        var fieldCount = fields.Length;
        var fieldRefs = documents.Count * fieldCount;
        var (terms, documentsWithTerm, fieldLengths, counts) = DistinctTerms(fieldCount, documents);
        var averageLengths = new double[fieldCount];
        for (var field = 0; field < fieldCount; field++)
        {
            double total = 0;
            for (var doc = 0; doc < documents.Count; doc++)
            {
                total += fieldLengths[doc * fieldCount + field];
            }

            averageLengths[field] = total / documents.Count;
        }

        var idf = new double[terms.Count];
        for (var term = 0; term < terms.Count; term++)
        {
            var x = (documents.Count - documentsWithTerm[term] + 0.5) / (documentsWithTerm[term] + 0.5);
            idf[term] = Math.Log(1 + Math.Abs(x));
        }

        // lunr.Builder#createFieldVectors: each term count becomes the term's BM25 weight in that field.
        var (starts, columns, weights) = counts;
        Parallel.For(0, fieldRefs, fieldRef =>
        {
            var field = fieldRef % fieldCount;
            var lengthRatio = fieldLengths[fieldRef] / averageLengths[field];
            for (var i = starts[fieldRef]; i < starts[fieldRef + 1]; i++)
            {
                double tf = weights[i];
                var score = idf[columns[i]] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                score *= fields[field].Boost;
                weights[i] = (int)JsMath.Round(score * 1000);
            }
        });

        var refs = documents.Select(document => document.Ref).ToImmutableArray();
        var order = JsObjectKeyOrder.Of(refs);
        ImmutableArray<int> documentsInKeyOrder = [.. order.Arrange([.. Enumerable.Range(0, refs.Length)])];
        var vectors = new WeightedRows(starts, columns, weights);
        return new LunrIndex(
            fields,
            refs,
            [.. terms],
            [.. Enumerable.Range(0, terms.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(terms[a], terms[b])))],
            vectors.Transposed(terms.Count, fieldCount, documentsInKeyOrder),
            vectors,
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
