using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DigestGen.Search;

/// <summary>
/// What a search result shows: search/docs.json (paper id → entry) for all papers, and the same entries in small
/// chunks (search/docs/N.json, an array holding the papers numbered N × chunk size onwards in the index parts) so
/// the page fetches only the chunks its top results fall in. A chunk's entries have no url: the page makes it from the
/// id (papers/&lt;id&gt;/), as 25,000 chunks of a 100,000-paper site would repeat it 100,000 times.
/// </summary>
public static class DocumentStore
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>docs.json: an object from paper id to entry.</summary>
    public static byte[] ById(IEnumerable<SearchDocument> documents) => Write(documents, byId: true);

    /// <summary>A chunk: an array of entries, each with its id and without the url docs.json gives.</summary>
    public static byte[] Chunk(IEnumerable<SearchDocument> documents) => Write(documents, byId: false);

    private static byte[] Write(IEnumerable<SearchDocument> documents, bool byId)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            if (byId)
            {
                json.WriteStartObject();
            }
            else
            {
                json.WriteStartArray();
            }

            foreach (var document in documents)
            {
                if (byId)
                {
                    json.WriteStartObject(document.Id);
                }
                else
                {
                    json.WriteStartObject();
                    json.WriteString("id", document.Id);
                }

                json.WriteString("title", document.Title);
                if (byId)
                {
                    json.WriteString("url", document.Url);
                }

                json.WriteStartArray("authors");
                foreach (var author in document.Authors)
                {
                    json.WriteStringValue(author);
                }

                json.WriteEndArray();
                json.WriteString("date", document.Date);
                json.WriteString("topic", document.Topic);
                json.WriteEndObject();
            }

            if (byId)
            {
                json.WriteEndObject();
            }
            else
            {
                json.WriteEndArray();
            }
        }

        return output.WrittenSpan.ToArray();
    }
}
