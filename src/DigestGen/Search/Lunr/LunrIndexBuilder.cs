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

    /// <param name="known">
    /// Fields' terms an earlier build kept, by their documents' texts: a document found there is not tokenized again, and
    /// every document's terms are remembered there for the next build. Null to tokenize every document.
    /// </param>
    public static LunrIndex Build(ImmutableArray<LunrField> fields, IReadOnlyList<LunrDocument> documents, TermCountCache? known = null)
    {
        var (terms, documentsWithTerm, fieldLengths, counts) = DistinctTerms(fields.Length, documents, known);
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
    /// terms (ascending, as lunr.Vector stores them) with how often each occurs there. The leading documents the last
    /// build numbered the same way come as it numbered them (<see cref="TermCountCache.Keep"/>); the rest are tokenized
    /// in parallel a batch at a time (or found in <paramref name="known"/>), so without a cache only one batch's terms are
    /// held at once. A field's terms in the order they first occur there number terms as its tokens in order would.
    /// </summary>
    private static (List<string> Terms, List<int> DocumentsWithTerm, int[] FieldLengths, (int[] Starts, int[] Terms, int[] Counts) Counts) DistinctTerms(
        int fieldCount, IReadOnlyList<LunrDocument> documents, TermCountCache? known)
    {
        var kept = known?.Keep(documents, fieldCount) ?? KeptTermCounts.None;
        var pipeline = new TextPipeline(known?.Terms ?? [], kept.Terms.Count);
        var fieldRefs = documents.Count * fieldCount;
        var keptRefs = kept.Documents * fieldCount;
        var keptPairs = kept.Starts[keptRefs];
        var batch = new FieldTerms[Math.Min(documents.Count - kept.Documents, TokenizedBatch)][];
        var terms = new List<string>(kept.Terms);
        var keptDocumentsWithTerm = new int[terms.Count];
        foreach (var number in kept.Columns.AsSpan(0, keptPairs))
        {
            keptDocumentsWithTerm[number]++;
        }

        var documentsWithTerm = new List<int>(keptDocumentsWithTerm);

        var starts = new int[fieldRefs + 1];
        kept.Starts.CopyTo(starts, 0);
        var fieldLengths = new int[fieldRefs];
        kept.FieldLengths.CopyTo(fieldLengths, 0);
        var fieldTerms = new List<int>();
        var termCounts = new List<int>();
        var numbered = new List<(int Number, int Count)>();
        for (var fieldRef = keptRefs; fieldRef < fieldRefs; fieldRef++)
        {
            var document = fieldRef / fieldCount;
            var inBatch = (document - kept.Documents) % batch.Length;
            if (inBatch == 0 && fieldRef % fieldCount == 0)
            {
                Parallel.For(document, Math.Min(documents.Count, document + batch.Length), batchDoc =>
                {
                    var texts = documents[batchDoc].FieldTexts;
                    batch[batchDoc - document] = known?.Find(batchDoc) ?? Remembered(known, batchDoc, [.. texts.Select(pipeline.Count)]);
                });
            }

            var field = batch[inBatch][fieldRef % fieldCount];
            numbered.Clear();
            for (var i = 0; i < field.Terms.Length; i++)
            {
                var term = field.Terms[i];
                if (term.Number < 0)
                {
                    term.Number = terms.Count;
                    terms.Add(term.Text);
                    documentsWithTerm.Add(0);
                }

                numbered.Add((term.Number, field.Counts[i]));
            }

            fieldLengths[fieldRef] = field.Length;
            numbered.Sort();
            foreach (var (number, count) in numbered)
            {
                fieldTerms.Add(number);
                termCounts.Add(count);
                documentsWithTerm[number]++;
            }

            starts[fieldRef + 1] = keptPairs + fieldTerms.Count;
        }

        return (terms, documentsWithTerm, fieldLengths, (starts, Joined(kept.Columns, keptPairs, fieldTerms), Joined(kept.Counts, keptPairs, termCounts)));
    }

    private static FieldTerms[] Remembered(TermCountCache? known, int position, FieldTerms[] fields)
    {
        known?.Remember(position, fields);
        return fields;
    }

    /// <summary>The first <paramref name="count"/> of <paramref name="kept"/>, then <paramref name="rest"/>: one array of the final size, not a list grown by doubling.</summary>
    private static int[] Joined(int[] kept, int count, List<int> rest)
    {
        var joined = new int[count + rest.Count];
        Array.Copy(kept, joined, count);
        rest.CopyTo(joined, count);
        return joined;
    }
}
