namespace DigestGen.Search.Lunr;

/// <summary>
/// Splits a lunr index into parts by term range: each part a JSON array of its terms in lunr's (UTF-16) order, each
/// term packed as <see cref="PackedTerm"/> writes it, with its global term number and its BM25 weights. lunr scores a
/// field by the dot product of the field vector with the query vector, divided by the query vector's magnitude, so
/// only the weights of the query's own terms are ever read: any union of the parts a query needs scores exactly as
/// the whole index does.
/// <para>
/// Parts name documents by number instead of paper id. Numbers follow JavaScript's key order of the ids (for slug
/// ids, the order documents were added), so a posting unpacked into an object keyed by numbers lists its documents
/// in the whole index's order and lunr breaks score ties the same way.
/// </para>
/// </summary>
public static class IndexPartitioner
{
    /// <summary>The parts, each made when asked for (so a caller that writes and drops them never holds them all).</summary>
    public static IEnumerable<IndexPart> Split(LunrIndex index, int targetBytes)
    {
        var numbers = DocumentNumbers(index);
        var packed = new byte[index.TermsInOrder.Length][];
        Parallel.For(0, packed.Length, at =>
        {
            var term = index.TermsInOrder[at];
            packed[at] = PackedTerm.Write(index, term, numbers);
        });

        // Consecutive terms fill a part up to the target size; a term larger than that gets a part to itself.
        var number = 0;
        for (var first = 0; first < packed.Length;)
        {
            var end = first + 1;
            var bytes = packed[first].Length;
            while (end < packed.Length && bytes + packed[end].Length + 1 <= targetBytes)
            {
                bytes += packed[end].Length + 1;
                end++;
            }

            var json = Join(packed.AsSpan(first, end - first), bytes);
            Array.Clear(packed, first, end - first); // joined: each term is held once, not twice
            yield return new IndexPart(number++, index.Terms[index.TermsInOrder[first]], json);
            first = end;
        }
    }

    /// <summary>The number each document (by position) goes by in the parts: its place in JavaScript's key order.</summary>
    public static int[] DocumentNumbers(LunrIndex index)
    {
        var numbers = new int[index.DocumentRefs.Length];
        for (var position = 0; position < index.DocumentsInKeyOrder.Length; position++)
        {
            numbers[index.DocumentsInKeyOrder[position]] = position;
        }

        return numbers;
    }

    /// <summary>A JSON array of already written elements.</summary>
    private static byte[] Join(ReadOnlySpan<byte[]> elements, int bytes)
    {
        var json = new byte[bytes + 2];
        json[0] = (byte)'[';
        var at = 1;
        foreach (var element in elements)
        {
            if (at > 1)
            {
                json[at++] = (byte)',';
            }

            element.CopyTo(json, at);
            at += element.Length;
        }

        json[at] = (byte)']';
        return json;
    }
}
