using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DigestGen.Search;

/// <summary>
/// What a search result shows, by paper id: search/docs.json for all papers, and the same entries split into
/// small chunks (search/docs/N.json) so the page fetches only the chunks its top results fall in.
/// </summary>
public static class DocumentStore
{
    /// <summary>Papers per chunk, on average: a page of results touches a few KB, not the whole store.</summary>
    public const int ChunkSize = 25;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int ChunkCount(int documents) => Math.Max(1, (documents + ChunkSize - 1) / ChunkSize);

    /// <summary>32-bit FNV-1a over UTF-16 code units, the same function as chunkOf in search-index.js.</summary>
    public static int ChunkOf(string id, int chunkCount)
    {
        var hash = 0x811c9dc5u;
        foreach (var c in id)
        {
            hash ^= c;
            hash *= 0x01000193u;
        }

        return (int)(hash % (uint)chunkCount);
    }

    public static byte[] Json(IEnumerable<SearchDocument> documents)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            foreach (var document in documents)
            {
                json.WriteStartObject(document.Id);
                json.WriteString("title", document.Title);
                json.WriteString("url", document.Url);
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

            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}
