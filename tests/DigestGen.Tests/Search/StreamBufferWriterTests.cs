using System.Text;
using DigestGen.Search.Lunr;

namespace DigestGen.Tests.Search;

public sealed class StreamBufferWriterTests
{
    // Found by the fuzz suite: a 386,182-character word in a scraped abstract became as many NUL bytes in
    // search/index.json, because the span handed out still pointed into the buffer the writer had just replaced.
    [Theory]
    [InlineData(10)]
    [InlineData(400_000)]
    [InlineData(1_500_000)]
    public void Text_longer_than_the_buffer_reaches_the_stream_as_written(int length)
    {
        using var stream = new MemoryStream();
        var writer = new StreamBufferWriter(stream);
        var json = new JsonText(writer);
        var word = new string('x', length);

        json.String("before");
        json.String(word);
        json.String("after");
        writer.Flush();

        Assert.Equal($"\"before\"\"{word}\"\"after\"", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
