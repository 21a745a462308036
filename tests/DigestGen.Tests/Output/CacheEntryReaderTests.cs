using System.Text;
using DigestGen.Output;
using Xunit;

namespace DigestGen.Tests.Output;

public sealed class CacheEntryReaderTests
{
    /// <summary>Strings short and long (past BinaryReader's 128-byte chunk), multi-byte letters split across its chunks.</summary>
    public static TheoryData<string> Strings => new()
    {
        "",
        "a",
        new string('x', 127) + "é",
        string.Concat(Enumerable.Repeat("Transformers für Graphen — ∑ attention 𝔼[x] ", 40)),
        "lone surrogate \ud800 kept as the writer wrote it",
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Reads_every_string_as_BinaryReader_does(string text)
    {
        var entry = Entry(writer =>
        {
            writer.Write(7);
            writer.Write(text);
            writer.Write(text + "!");
            writer.Write(true);
        });

        using var ours = new CacheEntryReader(entry);
        using var theirs = new BinaryReader(new MemoryStream(entry), Encoding.UTF8);
        Assert.Equal(theirs.ReadInt32(), ours.ReadInt32());
        Assert.Equal(theirs.ReadString(), ours.ReadString());
        Assert.Equal(theirs.ReadString(), ours.ReadString());
        Assert.Equal(theirs.ReadBoolean(), ours.ReadBoolean());
        Assert.Equal(entry.Length, ours.BaseStream.Position);
    }

    [Fact]
    public void Invalid_UTF8_is_replaced_as_BinaryReader_replaces_it()
    {
        byte[] entry = [5, (byte)'a', 0xC3, (byte)'b', 0xFF, 0x80];
        using var ours = new CacheEntryReader(entry);
        using var theirs = new BinaryReader(new MemoryStream(entry), Encoding.UTF8);
        Assert.Equal(theirs.ReadString(), ours.ReadString());
    }

    [Fact]
    public void A_string_cut_short_or_a_negative_length_throws_what_BinaryReader_throws()
    {
        var cut = Entry(writer => writer.Write(new string('y', 300)))[..200];
        Assert.Throws<EndOfStreamException>(() => new BinaryReader(new MemoryStream(cut), Encoding.UTF8).ReadString());
        Assert.Throws<EndOfStreamException>(() => new CacheEntryReader(cut).ReadString());

        byte[] negative = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        Assert.Throws<IOException>(() => new BinaryReader(new MemoryStream(negative), Encoding.UTF8).ReadString());
        Assert.Throws<IOException>(() => new CacheEntryReader(negative).ReadString());

        byte[] overlong = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01];
        Assert.Throws<FormatException>(() => new CacheEntryReader(overlong).ReadString());
    }

    [Fact]
    public void An_entry_at_the_head_of_a_longer_buffer_ends_where_the_entry_does()
    {
        var entry = Entry(writer => writer.Write(new string('z', 200)));
        // The rest of the buffer holds what a longer string would need: read as a whole array, it would be taken.
        var buffer = entry.Concat(Enumerable.Repeat((byte)'q', 400)).ToArray();
        buffer[0] = 0xC4;
        buffer[1] = 0x03;
        using (var whole = new CacheEntryReader(buffer))
        {
            Assert.Equal(452, whole.ReadString().Length);
        }

        using var reader = new CacheEntryReader(new ArraySegment<byte>(buffer, 0, entry.Length));
        Assert.Throws<EndOfStreamException>(() => reader.ReadString());
    }

    [Fact]
    public void A_pooled_read_hands_over_exactly_the_file_and_nothing_when_there_is_none()
    {
        var folder = Directory.CreateTempSubdirectory("digestgen-cache-entry-");
        try
        {
            var path = Path.Combine(folder.FullName, "entry.bin");
            // Longer than a pooled buffer of the next smaller size, so the buffer lent is longer than the file.
            var bytes = Enumerable.Range(0, 70_000).Select(at => (byte)(at * 7)).ToArray();
            File.WriteAllBytes(path, bytes);
            Assert.Equal(bytes, CacheFile.ReadPooled(path, entry => entry.ToArray(), missing: null));
            Assert.Equal(bytes.Length, CacheFile.ReadPooled(path, entry => entry.Count, missing: -1));
            Assert.Null(CacheFile.ReadPooled(Path.Combine(folder.FullName, "none.bin"), entry => entry.ToArray(), missing: null));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Entry(Action<BinaryWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return bytes.ToArray();
    }
}
