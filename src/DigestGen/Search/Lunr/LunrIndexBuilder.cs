using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Builds the index lunr.Builder 2.3.9 builds for the same documents and fields, number for number: BM25 with
/// k1 = 1.2 and b = 0.75, document frequency counted over all fields, scores rounded to 3 decimals the JavaScript
/// way. Tokenizing runs in parallel; numbering terms and documents stays sequential so it matches lunr's order.
/// </summary>
public static class LunrIndexBuilder
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Documents tokenized at a time: enough to keep both cores busy, few enough to hold little.</summary>
    private const int TokenizedBatch = 2048;

    public static LunrIndex Build(ImmutableArray<LunrField> fields, IReadOnlyList<LunrDocument> documents)
    {
        var pipeline = new TextPipeline();
        var fieldCount = fields.Length;
        var fieldRefs = documents.Count * fieldCount;
        var tokenized = new List<PipelineTerm>[Math.Min(fieldRefs, TokenizedBatch * fieldCount)];

        // Number terms by first appearance and collect postings, walking documents and fields in lunr's order.
        // Documents are tokenized in parallel a batch at a time, so only one batch's tokens are held at once.
        var terms = new List<string>();
        var postings = new List<List<int>[]>();
        var termIdsByFieldRef = new int[fieldRefs][];
        for (var fieldRef = 0; fieldRef < fieldRefs; fieldRef++)
        {
            var (doc, field) = Math.DivRem(fieldRef, fieldCount);
            if (fieldRef % tokenized.Length == 0)
            {
                var batchStart = doc;
                Parallel.For(batchStart, Math.Min(documents.Count, batchStart + TokenizedBatch), batchDoc =>
                {
                    for (var batchField = 0; batchField < fieldCount; batchField++)
                    {
                        tokenized[(batchDoc - batchStart) * fieldCount + batchField] = pipeline.Terms(documents[batchDoc].FieldTexts[batchField]);
                    }
                });
            }

            var fieldTerms = tokenized[fieldRef % tokenized.Length];
            var ids = new int[fieldTerms.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                var term = fieldTerms[i];
                if (term.Number < 0)
                {
                    term.Number = terms.Count;
                    terms.Add(term.Text);
                    postings.Add(Enumerable.Range(0, fieldCount).Select(_ => new List<int>()).ToArray());
                }

                var id = term.Number;

                var posting = postings[id][field];
                if (posting.Count == 0 || posting[^1] != doc)
                {
                    posting.Add(doc);
                }

                ids[i] = id;
            }

            termIdsByFieldRef[fieldRef] = ids;
        }

        var averageLengths = new double[fieldCount];
        for (var field = 0; field < fieldCount; field++)
        {
            double total = 0;
            for (var doc = 0; doc < documents.Count; doc++)
            {
                total += termIdsByFieldRef[doc * fieldCount + field].Length;
            }

            averageLengths[field] = total / documents.Count;
        }

        var idf = new double[terms.Count];
        for (var term = 0; term < terms.Count; term++)
        {
            var documentsWithTerm = postings[term].Sum(posting => posting.Count);
            var x = (documents.Count - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
            idf[term] = Math.Log(1 + Math.Abs(x));
        }

        var vectors = new FieldVector[termIdsByFieldRef.Length];
        Parallel.For(0, vectors.Length, fieldRef =>
        {
            var field = fieldRef % fieldCount;
            vectors[fieldRef] = Vector(termIdsByFieldRef[fieldRef], idf, fields[field].Boost, averageLengths[field]);
        });

        var refs = documents.Select(document => document.Ref).ToImmutableArray();
        var order = JsObjectKeyOrder.Of(refs);
        return new LunrIndex(
            fields,
            refs,
            [.. terms],
            [.. Enumerable.Range(0, terms.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(terms[a], terms[b])))],
            postings.Select(perField => perField.Select(posting => order.Arrange(posting)).ToArray()).ToArray(),
            vectors,
            [.. order.Arrange([.. Enumerable.Range(0, refs.Length)])]);
    }

    /// <summary>lunr.Builder#createFieldVectors for one field of one document.</summary>
    private static FieldVector Vector(int[] termIds, double[] idf, double fieldBoost, double averageLength)
    {
        if (termIds.Length == 0)
        {
            return FieldVector.Empty;
        }

        var sorted = (int[])termIds.Clone();
        Array.Sort(sorted);
        var indexes = new List<int>();
        var scores = new List<double>();
        var lengthRatio = termIds.Length / averageLength;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            double tf = end - start;
            var term = sorted[start];
            var score = idf[term] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
            score *= fieldBoost;
            indexes.Add(term);
            scores.Add(JsMath.Round(score * 1000) / 1000);
            start = end;
        }

        return new FieldVector([.. indexes], [.. scores]);
    }
}
