using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Serializes a <see cref="LunrIndex"/> to the bytes <c>JSON.stringify(lunr.Index)</c> produces:
/// version, fields, field vectors in field-ref order, inverted index sorted by term, search pipeline labels.
/// </summary>
public static class LunrJsonWriter
{
    public const string LunrVersion = "2.3.9";

    public static void Whole(LunrIndex index, Stream destination)
    {
        var refs = new RefLiterals(index);
        var weights = index.Weights();
        var output = new StreamBufferWriter(destination);
        var json = new JsonText(output);
        var fieldCount = index.Fields.Length;

        json.Raw("{\"version\":");
        json.String(LunrVersion);
        json.Raw(",\"fields\":[");
        for (var field = 0; field < fieldCount; field++)
        {
            json.Separator(field);
            json.String(index.Fields[field].Name);
        }

        json.Raw("],\"fieldVectors\":[");
        for (var fieldRef = 0; fieldRef < weights.Count; fieldRef++)
        {
            var terms = weights.Columns(fieldRef);
            var thousandths = weights.Values(fieldRef);
            json.Separator(fieldRef);
            json.Raw('[');
            json.Bytes(refs.FieldRefs[fieldRef]);
            json.Raw(",[");
            for (var i = 0; i < terms.Length; i++)
            {
                json.Separator(i);
                json.Number(terms[i]);
                json.Raw(',');
                json.Number(thousandths[i] / 1000.0);
            }

            json.Raw("]]");
        }

        json.Raw("],\"invertedIndex\":[");
        for (var position = 0; position < index.TermsInOrder.Length; position++)
        {
            var term = index.TermsInOrder[position];
            json.Separator(position);
            json.Raw('[');
            json.String(index.Terms[term]);
            json.Raw(",{\"_index\":");
            json.Number(term);
            for (var field = 0; field < fieldCount; field++)
            {
                json.Raw(',');
                json.String(index.Fields[field].Name);
                json.Raw(":{");
                var documents = index.Postings.Columns(term * fieldCount + field);
                for (var i = 0; i < documents.Length; i++)
                {
                    json.Separator(i);
                    json.Bytes(refs.DocumentRefs[documents[i]]);
                    json.Raw(":{}");
                }

                json.Raw('}');
            }

            json.Raw("}]");
        }

        json.Raw("],\"pipeline\":[");
        for (var i = 0; i < TextPipeline.SearchPipelineLabels.Count; i++)
        {
            json.Separator(i);
            json.String(TextPipeline.SearchPipelineLabels[i]);
        }

        json.Raw("]}");
        output.Flush();
    }

    /// <summary>A JSON array of strings, escaped as JSON.stringify escapes them.</summary>
    public static byte[] Strings(IEnumerable<string> values)
    {
        var output = new ArrayBufferWriter<byte>();
        var json = new JsonText(output);
        json.Raw('[');
        var position = 0;
        foreach (var value in values)
        {
            json.Separator(position++);
            json.String(value);
        }

        json.Raw(']');
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Each document's ref and field refs ("title/ref"), encoded once: they are written millions of times.</summary>
    private sealed class RefLiterals
    {
        public RefLiterals(LunrIndex index)
        {
            var refs = index.DocumentRefs;
            var fieldCount = index.Fields.Length;
            DocumentRefs = new byte[refs.Length][];
            FieldRefs = new byte[refs.Length * fieldCount][];
            Parallel.For(0, refs.Length, document =>
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
}
