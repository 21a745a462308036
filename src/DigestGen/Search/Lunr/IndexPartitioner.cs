using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DigestGen.Output;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Splits a lunr index into parts by segment (<see cref="IndexSegments"/>) and term range: each part a JSON array of
/// its terms in lunr's (UTF-16) order, each term packed as <see cref="PackedTerm"/> writes it, with its global term
/// number and, for the segment's documents, its counts and their field lengths. lunr scores a field by the dot product
/// of the field vector with the query vector, divided by the query vector's magnitude, so only the weights of the
/// query's own terms are ever read: a term's parts in every segment give its document frequency and each weight, and
/// any union of the parts a query needs scores exactly as the whole index does.
/// <para>
/// Parts name documents by number instead of paper id. Numbers follow JavaScript's key order of the ids (for slug
/// ids, the order documents were added), so a posting unpacked into an object keyed by numbers lists its documents
/// in the whole index's order and lunr breaks score ties the same way.
/// </para>
/// </summary>
public static class IndexPartitioner
{
    /// <summary>Each segment's number and the document numbers it holds, From up to End (exclusive).</summary>
    public static IEnumerable<(int Number, int From, int End)> Segments(LunrIndex index)
    {
        var from = 0;
        var segment = 0;
        foreach (var end in IndexSegments.Ends(index.DocumentRefs.Length))
        {
            yield return (segment++, from, end);
            from = end;
        }
    }

    /// <summary>
    /// A hash of everything the segment's parts are made from: the part size, the segment's place, its documents'
    /// term counts and field lengths, and the text of every term up to the highest number they use (terms are numbered
    /// by first appearance, so that covers each term they name). Equal keys mean equal parts. Null when the segment's
    /// documents are not the ones added at those places (a numeric ref sorts first in JavaScript's key order), as a
    /// document's number and position then differ.
    /// </summary>
    public static string? SegmentKey(LunrIndex index, int targetBytes, int segment, int from, int end)
    {
        for (var number = from; number < end; number++)
        {
            if (index.DocumentsInKeyOrder[number] != number)
            {
                return null;
            }
        }

        var fieldCount = index.Fields.Length;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes<int>([targetBytes, segment, from, end, fieldCount]));
        index.TermCounts.AppendTo(hash, from * fieldCount, end * fieldCount);
        hash.AppendData(MemoryMarshal.AsBytes(index.FieldLengths(from * fieldCount, end * fieldCount)));
        var highest = -1;
        for (var fieldRef = from * fieldCount; fieldRef < end * fieldCount; fieldRef++)
        {
            var terms = index.TermCounts.Columns(fieldRef);
            highest = terms.IsEmpty ? highest : Math.Max(highest, terms[^1]);
        }

        for (var term = 0; term <= highest; term++)
        {
            hash.AppendData(MemoryMarshal.AsBytes<int>([index.Terms[term].Length]));
            hash.AppendData(MemoryMarshal.AsBytes(index.Terms[term].AsSpan()));
        }

        return ContentHash.Of(hash);
    }

    /// <summary>
    /// The parts of one segment, the documents numbered <paramref name="from"/> up to <paramref name="end"/>, each made
    /// when asked for (so a caller that writes and drops them never holds them all).
    /// </summary>
    /// <param name="numbers">Each document's number (<see cref="DocumentNumbers"/>).</param>
    public static IEnumerable<IndexPart> Split(LunrIndex index, int targetBytes, int[] numbers, int segment, int from, int end)
    {
        var postings = index.PostingsOf(index.DocumentsInKeyOrder[from..end]);
        var packed = new byte[index.TermsInOrder.Length][];
        Parallel.For(0, packed.Length, at => packed[at] = PackedTerm.Write(index, postings, index.TermsInOrder[at], numbers, from, end));
        var present = Enumerable.Range(0, packed.Length).Where(at => packed[at].Length > 0).ToArray();

        // Consecutive terms fill a part up to the target size; a term larger than that gets a part to itself.
        var number = 0;
        for (var first = 0; first < present.Length;)
        {
            var last = first + 1;
            var bytes = packed[present[first]].Length;
            while (last < present.Length && bytes + packed[present[last]].Length + 1 <= targetBytes)
            {
                bytes += packed[present[last]].Length + 1;
                last++;
            }

            var terms = present[first..last];
            var json = Join([.. terms.Select(at => packed[at])], bytes);
            foreach (var at in terms)
            {
                packed[at] = []; // joined: each term is held once, not twice
            }

            yield return new IndexPart(segment, number++, index.Terms[index.TermsInOrder[present[first]]], json);
            first = last;
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
    private static byte[] Join(byte[][] elements, int bytes)
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
