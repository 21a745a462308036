using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Render;

/// <summary>
/// A record or view as JSON, for hashing, in one buffer per rendering thread reused page after page: a view's JSON is
/// as large as its page, and a fresh array for each (a large-object one for a topic page) was a good part of render's
/// garbage. The bytes are valid until the next call on the same thread: hash them at once.
/// </summary>
internal static class ReusedJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <param name="context">Source-generated metadata for <paramref name="type"/>, compiled ahead with the CLI.</param>
    public static ReadOnlySpan<byte> Of(object value, Type type, JsonSerializerContext context)
    {
        var json = buffer ??= new ArrayBufferWriter<byte>();
        json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonSerializer.Serialize(writer, value, type, context);
        }

        return json.WrittenSpan;
    }
}
