using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// One term as an index part stores it: <c>["term", _index, "field₀", "field₁", …]</c>, a string per field in field
/// order. Each string holds, for every document that has the term in that field, two numbers: the document's number
/// delta-coded (the first as is, then differences; ascending) and the term's weight in that document's field vector in
/// thousandths — the very integer lunr rounded to, so <c>k / 1000</c> in JavaScript is the double lunr stored. The
/// numbers are written as unsigned base-64 variable-length quantities (<see cref="Digits"/>; 5 bits a digit, low bits
/// first, 32 added to every digit but a number's last), as source maps write theirs: a weight of 3,566 is three
/// characters instead of five and a comma, and the parts of a 100,000-paper site shrink by about 40 % (GitHub
/// Pages counts raw bytes). This is the inverted-index entry and the field-vector weights lunr serializes, without the
/// repeated refs, empty objects and field-ref keys that made a common term's part 120 KB gzip; search-index.js
/// unpacks it into lunr's serialized shape.
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

    /// <param name="numbers">The number each document (by position) goes by in the parts.</param>
    public static byte[] Write(LunrIndex index, int term, int[] numbers)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>();
        output.ResetWrittenCount();
        var json = new JsonText(output);
        json.Raw('[');
        json.String(index.Terms[term]);
        json.Raw(',');
        json.Number(term);
        var fieldCount = index.Fields.Length;
        for (var field = 0; field < fieldCount; field++)
        {
            var documents = index.Postings.Columns(term * fieldCount + field);
            var thousandths = index.Postings.Thousandths(term * fieldCount + field);
            json.Raw(",\"");
            var previous = 0;
            for (var i = 0; i < documents.Length; i++)
            {
                Quantity(json, numbers[documents[i]] - previous);
                Quantity(json, thousandths[i]);
                previous = numbers[documents[i]];
            }

            json.Raw('"');
        }

        json.Raw(']');
        return output.WrittenSpan.ToArray();
    }

    /// <summary>One unsigned number in base-64 digits, low bits first.</summary>
    private static void Quantity(JsonText json, int value)
    {
        // Postings ascend and lunr's weights are positive: a negative number here is a bug, not input.
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
