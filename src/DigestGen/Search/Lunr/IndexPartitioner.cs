using System.Collections.Immutable;
using System.Globalization;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Splits a lunr index into parts by term range, each itself a valid serialized lunr index: the inverted-index
/// entries of its terms (global term numbers kept) and, for every field that contains one of them, the field
/// vector's weights for those terms only. lunr scores a field by the dot product with the query vector, which only
/// reads the query's own terms, so any union of the parts a query needs scores exactly as the whole index does.
/// <para>
/// Parts name documents by a short number instead of the paper id, which cuts their size by two thirds (a ref is
/// written twice per posting). Numbers follow JavaScript's key order of the ids, so every posting lists documents
/// in the same order as in the whole index and lunr breaks score ties the same way.
/// </para>
/// </summary>
public static class IndexPartitioner
{
    public static SplitIndex Split(LunrIndex index, int targetBytes)
    {
        var numbers = new string[index.DocumentRefs.Length];
        for (var position = 0; position < index.DocumentsInKeyOrder.Length; position++)
        {
            numbers[index.DocumentsInKeyOrder[position]] = position.ToString(CultureInfo.InvariantCulture);
        }

        var partOfTerm = new int[index.Terms.Length];
        var firstTerms = new List<int>();
        long partBytes = 0;
        foreach (var term in index.TermsInOrder)
        {
            var bytes = EstimatedBytes(index, term, numbers);
            if (firstTerms.Count == 0 || (partBytes > 0 && partBytes + bytes > targetBytes))
            {
                firstTerms.Add(term);
                partBytes = 0;
            }

            partBytes += bytes;
            partOfTerm[term] = firstTerms.Count - 1;
        }

        var vectorsByPart = firstTerms.Select(_ => new List<(int FieldRef, FieldVector Vector)>()).ToArray();
        for (var fieldRef = 0; fieldRef < index.FieldVectors.Length; fieldRef++)
        {
            var vector = index.FieldVectors[fieldRef];
            foreach (var group in Enumerable.Range(0, vector.TermIndexes.Length).GroupBy(i => partOfTerm[vector.TermIndexes[i]]))
            {
                vectorsByPart[group.Key].Add((fieldRef, new FieldVector(
                    [.. group.Select(i => vector.TermIndexes[i])],
                    [.. group.Select(i => vector.Scores[i])])));
            }
        }

        var termsByPart = index.TermsInOrder.GroupBy(term => partOfTerm[term]).ToDictionary(group => group.Key, group => group.ToList());
        var literals = new LunrJsonWriter.RefLiterals(index, numbers);
        var parts = new IndexPart[firstTerms.Count];
        Parallel.For(0, parts.Length, part =>
            parts[part] = new IndexPart(part, index.Terms[firstTerms[part]], LunrJsonWriter.Write(index, termsByPart[part], vectorsByPart[part], literals)));
        return new SplitIndex([.. parts], [.. numbers]);
    }

    /// <summary>Roughly what a term costs in a part: its posting entries plus its field-vector entries.</summary>
    private static long EstimatedBytes(LunrIndex index, int term, string[] numbers)
    {
        long bytes = index.Terms[term].Length + 16 + index.Fields.Sum(field => field.Name.Length + 4);
        foreach (var posting in index.Postings[term])
        {
            foreach (var document in posting)
            {
                bytes += (2 * numbers[document].Length) + 26;
            }
        }

        return bytes;
    }
}
