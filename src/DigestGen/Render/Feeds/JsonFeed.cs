using System.Text.Encodings.Web;
using System.Text.Json;

namespace DigestGen.Render.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeed
{
    public static byte[] Write(FeedChannel channel)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.PageUrl);
            json.WriteString("feed_url", channel.SelfUrl);
            json.WriteString("language", "en");
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", channel.Author);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in channel.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("url", entry.Url);
                if (entry.PaperUrl is { } paperUrl)
                {
                    json.WriteString("external_url", paperUrl);
                }

                json.WriteString("title", entry.Title);
                json.WriteString("content_text", entry.Summary);
                json.WriteString("date_published", AtomFeed.Timestamp(entry.Updated));
                json.WriteStartArray("authors");
                foreach (var author in entry.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("name", author);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (entry.CodeUrl is { } codeUrl)
                {
                    // JSON Feed has no field for a second link; an underscore key is its extension mechanism.
                    json.WriteStartObject("_digestgen");
                    json.WriteString("code_url", codeUrl);
                    json.WriteEndObject();
                }

                if (entry.Category is { } category)
                {
                    json.WriteStartArray("tags");
                    json.WriteStringValue(category);
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
