using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Serializes a <see cref="LunrIndex"/>, or one part of it, to the bytes <c>JSON.stringify(lunr.Index)</c> produces:
/// version, fields, field vectors in field-ref order, inverted index sorted by term, search pipeline labels.
/// </summary>
public static class LunrJsonWriter
{
    public const string LunrVersion = "2.3.9";

    public static byte[] Whole(LunrIndex index) =>
        Write(index, index.TermsInOrder, index.FieldVectors.Select((vector, fieldRef) => (fieldRef, vector)), new RefLiterals(index, index.DocumentRefs));

    /// <param name="terms">Term indexes to list, already in lunr's (UTF-16) order.</param>
    /// <param name="vectors">Field vectors to list, by field ref, in lunr's order.</param>
    /// <param name="refs">The ref written for each document.</param>
    internal static byte[] Write(LunrIndex index, IEnumerable<int> terms, IEnumerable<(int FieldRef, FieldVector Vector)> vectors, RefLiterals refs)
    {
        var output = new ChunkedBuffer();
        var json = new JsonText(output);
        var fieldCount = index.Fields.Length;

        json.Raw("{\"version\":");
        json.String(LunrVersion);
        json.Raw(",\"fields\":[");
        for (var field = 0; field < fieldCount; field++)
        {
            Comma(json, field);
            json.String(index.Fields[field].Name);
        }

        json.Raw("],\"fieldVectors\":[");
        var first = true;
        foreach (var (fieldRef, vector) in vectors)
        {
            Comma(json, first ? 0 : 1);
            first = false;
            json.Raw('[');
            json.Bytes(refs.FieldRefs[fieldRef]);
            json.Raw(",[");
            for (var i = 0; i < vector.TermIndexes.Length; i++)
            {
                Comma(json, i);
                json.Number(vector.TermIndexes[i]);
                json.Raw(',');
                json.Number(vector.Scores[i]);
            }

            json.Raw("]]");
        }

        json.Raw("],\"invertedIndex\":[");
        first = true;
        foreach (var term in terms)
        {
            Comma(json, first ? 0 : 1);
            first = false;
            json.Raw('[');
            json.String(index.Terms[term]);
            json.Raw(",{\"_index\":");
            json.Number(term);
            for (var field = 0; field < fieldCount; field++)
            {
                json.Raw(',');
                json.String(index.Fields[field].Name);
                json.Raw(":{");
                var documents = index.Postings[term][field];
                for (var i = 0; i < documents.Length; i++)
                {
                    Comma(json, i);
                    json.Bytes(refs.DocumentRefs[documents[i]]);
                    json.Raw(":{}");
                }

                json.Raw('}');
            }

            json.Raw("}]");
        }

        json.Raw("],\"pipeline\":[");
        for (var i = 0; i < index.SearchPipeline.Count; i++)
        {
            Comma(json, i);
            json.String(index.SearchPipeline[i]);
        }

        json.Raw("]}");
        return output.ToArray();
    }

    /// <summary>A JSON array of strings, escaped as JSON.stringify escapes them.</summary>
    public static byte[] Strings(IEnumerable<string> values)
    {
        var output = new ArrayBufferWriter<byte>();
        var json = new JsonText(output);
        json.Raw('[');
        var first = true;
        foreach (var value in values)
        {
            Comma(json, first ? 0 : 1);
            first = false;
            json.String(value);
        }

        json.Raw(']');
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Each document's ref and field refs ("title/ref"), encoded once: they are written millions of times.</summary>
    internal sealed class RefLiterals
    {
        public RefLiterals(LunrIndex index, IReadOnlyList<string> refs)
        {
            var fieldCount = index.Fields.Length;
            DocumentRefs = new byte[refs.Count][];
            FieldRefs = new byte[refs.Count * fieldCount][];
            Parallel.For(0, refs.Count, document =>
            {
                DocumentRefs[document] = JsonText.Literal(refs[document]);
                for (var field = 0; field < fieldCount; field++)
                {
                    FieldRefs[document * fieldCount + field] = JsonText.Literal(index.Fields[field].Name + "/" + refs[document]);
                }
            });
        }

        public byte[][] DocumentRefs { get; }

        public byte[][] FieldRefs { get; }
    }

    private static void Comma(JsonText json, int position)
    {
        if (position > 0)
        {
            json.Raw(',');
        }
    }
}
