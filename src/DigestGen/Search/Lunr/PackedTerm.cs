using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// One term as an index part stores it: <c>["term", _index, docs₀, scores₀, docs₁, scores₁, …]</c>, a pair of arrays
/// per field in field order. <c>docs</c> are the numbers of the documents holding the term in that field, ascending and
/// delta-coded (the first as is, then differences); <c>scores</c> are the term's weight in each of those documents'
/// field vectors, in thousandths: the very integer lunr rounded to, so <c>k / 1000</c> in JavaScript is the double lunr
/// stored. This is the inverted-index entry and the field-vector weights lunr serializes, without the repeated refs,
/// empty objects and field-ref keys that made a common term's part 120 KB gzip; search-index.js unpacks it into
/// lunr's serialized shape.
/// </summary>
internal static class PackedTerm
{
    /// <param name="numbers">The number each document (by position) goes by in the parts.</param>
    /// <param name="thousandths">Per field, the term's weights in the documents its posting lists, in the same order.</param>
    public static byte[] Write(LunrIndex index, int term, int[] numbers, int[][] thousandths)
    {
        var output = new ArrayBufferWriter<byte>();
        var json = new JsonText(output);
        json.Raw('[');
        json.String(index.Terms[term]);
        json.Raw(',');
        json.Number(term);
        var fieldCount = index.Fields.Length;
        for (var field = 0; field < fieldCount; field++)
        {
            var documents = index.Postings[term][field];
            json.Raw(",[");
            var previous = 0;
            for (var i = 0; i < documents.Length; i++)
            {
                json.Separator(i);
                json.Number(numbers[documents[i]] - previous);
                previous = numbers[documents[i]];
            }

            json.Raw("],[");
            for (var i = 0; i < documents.Length; i++)
            {
                json.Separator(i);
                json.Number(thousandths[field][i]);
            }

            json.Raw(']');
        }

        json.Raw(']');
        return output.WrittenSpan.ToArray();
    }

}
