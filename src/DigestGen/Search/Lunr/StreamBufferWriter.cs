using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Writes through one fixed buffer to a stream, so a 170 MB index.json goes to disk as it is made instead of being
/// held whole (and copied while growing). <see cref="Flush"/> once writing is done.
/// </summary>
internal sealed class StreamBufferWriter(Stream destination) : IBufferWriter<byte>
{
    private const int BufferBytes = 1 << 20;

    private byte[] buffer = new byte[BufferBytes];
    private int used;

    public void Advance(int count) => used += count;

    // Reserve first: it may replace the buffer, and the caller must write into the new one.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return buffer.AsSpan(start);
    }

    public void Flush()
    {
        destination.Write(buffer, 0, used);
        used = 0;
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes; returns where writing starts.</summary>
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - used < needed)
        {
            Flush();
            if (buffer.Length < needed)
            {
                buffer = new byte[needed];
            }
        }

        return used;
    }
}
