using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// Keeps every vector an embedder has made, so a nightly build embeds only new or changed texts. One append-only
/// file per model under <c>{cache}/embeddings/</c>: a header naming the model and dimensions, then fixed-size records
/// (a 128-bit key from SHA-256 of model id and exact text, the float32 vector, a checksum). A record cut short by an
/// interrupted build, or one whose checksum fails, ends the usable part of the file: it is truncated there and only
/// what is missing is embedded again. A file for another model or format is discarded, never trusted. Deleting the
/// folder is always safe.
/// </summary>
public sealed class EmbeddingCache
{
    private const string FolderName = "embeddings";
    private const int TextsPerAppend = 256;
    private static readonly byte[] Magic = "DGVEC\0\u0001\0"u8.ToArray();

    private readonly string folder;
    private readonly List<string> notes = [];

    /// <param name="directory">The build's cache folder; vectors go to its embeddings/ subfolder.</param>
    public EmbeddingCache(string directory) => folder = Path.Combine(directory, FolderName);

    /// <summary>What the cache had to repair or discard, for the build report.</summary>
    public IReadOnlyList<string> Notes => notes;

    public IReadOnlyList<float[]> GetOrEmbed(ITextEmbedder embedder, IReadOnlyList<string> texts, out int newlyEmbedded)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(embedder.ModelId)))[..16]}.vectors");
        var stored = Load(path, embedder);
        var keys = texts.Select(text => Key(embedder.ModelId, text)).ToArray();
        var missing = Enumerable.Range(0, texts.Count)
            .Where(index => !stored.ContainsKey(keys[index]))
            .DistinctBy(index => keys[index])
            .ToList();
        if (missing.Count > 0)
        {
            using var file = OpenForAppend(path, embedder);
            foreach (var chunk in missing.Chunk(TextsPerAppend))
            {
                var vectors = embedder.Embed([.. chunk.Select(index => texts[index])]);
                if (vectors.Count != chunk.Length || vectors.Any(vector => vector.Length != embedder.Dimensions))
                {
                    throw new InvalidOperationException($"{embedder.ModelId} returned vectors that do not match its {embedder.Dimensions} dimensions");
                }
                for (var i = 0; i < chunk.Length; i++)
                {
                    stored[keys[chunk[i]]] = vectors[i];
                    WriteRecord(file, keys[chunk[i]], vectors[i]);
                }
                // Flushed per chunk: an interrupted build keeps everything embedded before the interruption.
                file.Flush(flushToDisk: true);
            }
        }
        newlyEmbedded = missing.Count;
        return [.. keys.Select(key => stored[key])];
    }

    private Dictionary<UInt128, float[]> Load(string path, ITextEmbedder embedder)
    {
        var vectors = new Dictionary<UInt128, float[]>();
        if (!File.Exists(path))
        {
            return vectors;
        }
        var header = Header(embedder);
        var recordLength = RecordLength(embedder.Dimensions);
        long validLength;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16))
        {
            var actualHeader = new byte[header.Length];
            if (stream.ReadAtLeast(actualHeader, header.Length, throwOnEndOfStream: false) != header.Length || !actualHeader.AsSpan().SequenceEqual(header))
            {
                notes.Add($"{path}: not a vector file for {embedder.ModelId}; discarded and re-embedding");
                stream.Dispose();
                File.Delete(path);
                return vectors;
            }
            validLength = header.Length;
            var record = new byte[recordLength];
            while (stream.ReadAtLeast(record, recordLength, throwOnEndOfStream: false) == recordLength && TryReadRecord(record, embedder.Dimensions, out var key, out var vector))
            {
                vectors[key] = vector;
                validLength += recordLength;
            }
            if (validLength == stream.Length)
            {
                return vectors;
            }
        }
        notes.Add($"{path}: damaged or cut short after {vectors.Count} vectors (an interrupted build?); kept those, re-embedding the rest");
        using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write);
        truncate.SetLength(validLength);
        return vectors;
    }

    private static FileStream OpenForAppend(string path, ITextEmbedder embedder)
    {
        var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        if (file.Length == 0)
        {
            file.Write(Header(embedder));
        }
        return file;
    }

    private static byte[] Header(ITextEmbedder embedder)
    {
        var modelId = Encoding.UTF8.GetBytes(embedder.ModelId);
        var header = new byte[Magic.Length + 8 + modelId.Length];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), embedder.Dimensions);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length + 4), modelId.Length);
        modelId.CopyTo(header, Magic.Length + 8);
        return header;
    }

    private static int RecordLength(int dimensions) => 16 + (dimensions * sizeof(float)) + sizeof(uint);

    private static void WriteRecord(Stream file, UInt128 key, float[] vector)
    {
        var record = new byte[RecordLength(vector.Length)];
        BinaryPrimitives.WriteUInt128LittleEndian(record, key);
        MemoryMarshal.AsBytes(vector.AsSpan()).CopyTo(record.AsSpan(16));
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(record.Length - sizeof(uint)), Checksum(record.AsSpan(0, record.Length - sizeof(uint))));
        file.Write(record);
    }

    private static bool TryReadRecord(byte[] record, int dimensions, out UInt128 key, out float[] vector)
    {
        var body = record.AsSpan(0, record.Length - sizeof(uint));
        key = BinaryPrimitives.ReadUInt128LittleEndian(record);
        vector = new float[dimensions];
        if (Checksum(body) != BinaryPrimitives.ReadUInt32LittleEndian(record.AsSpan(body.Length)))
        {
            return false;
        }
        MemoryMarshal.Cast<byte, float>(body[16..]).CopyTo(vector);
        return true;
    }

    /// <summary>Key of a text for a model: the first 128 bits of SHA-256 over both.</summary>
    private static UInt128 Key(string modelId, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{modelId}\0{text}"));
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>FNV-1a over the record: cheap, and enough to catch a torn or corrupted write.</summary>
    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var value in bytes)
        {
            hash = (hash ^ value) * 16777619u;
        }
        return hash;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
