using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// One term as an index part stores it for one segment's documents: <c>["term", _index, "field₀", "field₁", …]</c>, a
/// string per field in field order. Each string holds, for every document of the segment that has the term in that
/// field, three numbers: the document's number delta-coded (the first as is, then differences; ascending), how often
/// the term occurs in that field, and the field's length (lunr's <c>fieldLengths</c>). That is what the document's own
/// text fixes; its BM25 weight also depends on the whole index (document count, the term's document frequency, the
/// field's average length), so the page computes it as lunr.Builder does (search-index.js), and a part changes only
/// when one of its segment's documents does. The numbers are written as unsigned base-64 variable-length quantities
/// (<see cref="Digits"/>; 5 bits a digit, low bits first, 32 added to every digit but a number's last), as source maps
/// write theirs: most counts and title lengths take one character, an abstract's length two. This is the
/// inverted-index entry lunr serializes, without the repeated refs, empty objects and field-ref keys that made a common
/// term's part 120 KB gzip; search-index.js unpacks it into lunr's serialized shape.
/// </summary>
internal static class PackedTerm
{
    /// <summary>The base-64 digits, in the order search-index.js reads them; none needs escaping in JSON.</summary>
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>
    /// Each thread's buffer, reused term after term: a common term's entry is hundreds of kilobytes, and a buffer grown
    /// by doubling per term left that much garbage in the large object heap for each one.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>The term's entry for the documents numbered <paramref name="from"/> up to <paramref name="end"/>; empty when none has it.</summary>
    /// <param name="postings">The index's postings, or those of the segment's documents (<see cref="LunrIndex.PostingsOf"/>).</param>
    /// <param name="numbers">The number each document (by position) goes by in the parts.</param>
    public static byte[] Write(LunrIndex index, WeightedRows postings, int term, int[] numbers, int from, int end)
    {
        var fieldCount = index.Fields.Length;
        var output = buffer ??= new ArrayBufferWriter<byte>();
        output.ResetWrittenCount();
        var json = new JsonText(output);
        json.Raw('[');
        json.String(index.Terms[term]);
        json.Raw(',');
        json.Number(term);
        var any = false;
        for (var field = 0; field < fieldCount; field++)
        {
            var documents = postings.Columns(term * fieldCount + field);
            var counts = postings.Values(term * fieldCount + field);
            json.Raw(",\"");
            var previous = 0;
            // Postings list documents by ascending number: the segment's are one run of them.
            for (var i = FirstAtLeast(documents, numbers, from); i < documents.Length && numbers[documents[i]] < end; i++)
            {
                var number = numbers[documents[i]];
                Quantity(json, number - previous);
                Quantity(json, counts[i]);
                Quantity(json, index.FieldLength(documents[i] * fieldCount + field));
                previous = number;
                any = true;
            }

            json.Raw('"');
        }

        json.Raw(']');
        return any ? output.WrittenSpan.ToArray() : [];
    }

    private static int FirstAtLeast(ReadOnlySpan<int> documents, int[] numbers, int number)
    {
        var low = 0;
        var high = documents.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (numbers[documents[middle]] < number)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>One unsigned number in base-64 digits, low bits first.</summary>
    private static void Quantity(JsonText json, int value)
    {
        // Postings ascend and counts and lengths are positive: a negative number here is a bug, not input.
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        do
        {
            var digit = value & 31;
            value >>= 5;
            json.Raw(Digits[value > 0 ? digit | 32 : digit]);
        }
        while (value > 0);
    }
}
