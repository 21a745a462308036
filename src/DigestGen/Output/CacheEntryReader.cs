using System.Text;

namespace DigestGen.Output;

/// <summary>
/// A <see cref="BinaryReader"/> over a cache entry held whole in memory, whose strings are decoded straight from the
/// entry's bytes. <see cref="BinaryReader.ReadString"/> decodes any string longer than 128 bytes (an abstract) in
/// chunks through a <see cref="StringBuilder"/>: at 100,000 papers that was 1.7 of the 3.7 CPU-s a nightly's ingest
/// spent reading its 2,338 cached dumps back (docs/bench.md). The bytes read are the same: a length-prefixed UTF-8
/// string as <see cref="BinaryWriter.Write(string)"/> writes it, invalid sequences replaced as the decoder does.
/// The entry may be the start of a longer buffer (<see cref="CacheFile.ReadPooled"/>); positions count from its start.
/// </summary>
public sealed class CacheEntryReader(ArraySegment<byte> entry) : BinaryReader(new MemoryStream(entry.Array!, entry.Offset, entry.Count, writable: false), Encoding.UTF8)
{
    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0)
        {
            throw new IOException($"a string length of {length} bytes");
        }

        var start = BaseStream.Position;
        if (length > entry.Count - start)
        {
            throw new EndOfStreamException($"a string of {length} bytes where {entry.Count - start} are left");
        }

        BaseStream.Position = start + length;
        return Encoding.UTF8.GetString(entry.Array!, entry.Offset + (int)start, length);
    }
}
