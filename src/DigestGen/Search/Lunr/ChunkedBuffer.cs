using System.Buffers;

namespace DigestGen.Search.Lunr;

/// <summary>
/// A growing byte buffer made of fixed-size chunks, so writing a 150 MB index never copies it while growing
/// (ArrayBufferWriter doubles and copies, briefly holding three times the output).
/// </summary>
internal sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int ChunkBytes = 1 << 20;

    private readonly List<byte[]> full = [];
    private byte[] current = new byte[ChunkBytes];
    private int used;

    public void Advance(int count) => used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var at = Reserve(sizeHint); // before reading current: Reserve may replace it
        return current.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return current.AsSpan(at);
    }

    public byte[] ToArray()
    {
        var result = new byte[full.Sum(chunk => (long)chunk.Length) + used];
        var at = 0;
        foreach (var chunk in full)
        {
            chunk.CopyTo(result, at);
            at += chunk.Length;
        }

        current.AsSpan(0, used).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes; returns where writing starts.</summary>
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return used;
        }

        full.Add(current.AsSpan(0, used).ToArray());
        current = new byte[Math.Max(ChunkBytes, needed)];
        used = 0;
        return 0;
    }
}
