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
    /// <summary>The papers' vectors ("title. abstract"), one per paper: 210 MB at 100,000 papers.</summary>
    public const string PapersFolder = "embeddings";

    /// <summary>
    /// Merge's grey-zone abstracts, a few dozen: kept apart so that finding them does not read every paper's vector
    /// (1.3 s of a 100,000-paper nightly's merge). The texts never overlap the papers' (an abstract alone is not
    /// "title. abstract"), so nothing is embedded twice.
    /// </summary>
    public const string AbstractsFolder = "embeddings-abstracts";

    private const int TextsPerAppend = 256;
    private const int RecordsPerRead = 512;

    /// <summary>Wider than any sentence model: a header claiming more is not ours.</summary>
    private const int MaxDimensions = 1 << 16;
    private static readonly byte[] Magic = "DGVEC\0\u0001\0"u8.ToArray();

    private readonly string folder;
    private readonly List<string> notes = [];

    /// <param name="directory">The build's cache folder; vectors go to its <paramref name="subfolder"/>.</param>
    /// <param name="subfolder"><see cref="PapersFolder"/> or <see cref="AbstractsFolder"/>.</param>
    public EmbeddingCache(string directory, string subfolder = PapersFolder) => folder = Path.Combine(directory, subfolder);

    /// <summary>What the cache had to repair or discard, for the build report.</summary>
    public IReadOnlyList<string> Notes => notes;

    public IReadOnlyList<float[]> GetOrEmbed(ITextEmbedder embedder, IReadOnlyList<string> texts, out int newlyEmbedded)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(embedder.ModelId)))[..16]}.vectors");
        var keys = new UInt128[texts.Count];
        Parallel.For(0, texts.Count, index => keys[index] = Key(embedder.ModelId, texts[index]));

        // Only the vectors this build asks for are kept in memory: a shared cache may hold many more.
        var wanted = new Dictionary<UInt128, float[]?>(texts.Count);
        foreach (var key in keys)
        {
            wanted.TryAdd(key, null);
        }

        var stored = Load(path, embedder.ModelId, wanted);
        var missing = Missing(keys, wanted);
        if (missing.Count > 0 && stored is { } width && width != embedder.Dimensions)
        {
            // Never expected (the model id names the model), but records of another width cannot be appended to.
            notes.Add($"{path}: holds {width}-dimensional vectors, {embedder.ModelId} makes {embedder.Dimensions}; discarded and re-embedding");
            File.Delete(path);
            wanted = wanted.ToDictionary(entry => entry.Key, _ => (float[]?)null);
            missing = Missing(keys, wanted);
        }

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
                    wanted[keys[chunk[i]]] = vectors[i];
                    WriteRecord(file, keys[chunk[i]], vectors[i]);
                }
                // Flushed per chunk: an interrupted build keeps everything embedded before the interruption.
                file.Flush(flushToDisk: true);
            }
        }
        newlyEmbedded = missing.Count;
        return [.. keys.Select(key => wanted[key]!)];
    }

    private static List<int> Missing(UInt128[] keys, Dictionary<UInt128, float[]?> wanted) =>
        [.. Enumerable.Range(0, keys.Length).Where(index => wanted[keys[index]] is null).DistinctBy(index => keys[index])];

    /// <summary>
    /// Fills the wanted vectors the file holds and returns their width, read from the header, so a build whose texts are
    /// all cached never asks the model (which would open it); repairs or discards a damaged file (then null).
    /// </summary>
    private int? Load(string path, string modelId, Dictionary<UInt128, float[]?> wanted)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        int dimensions;
        long validLength;
        var validRecords = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            var magicAndWidth = new byte[Magic.Length + 4];
            var readWidth = stream.ReadAtLeast(magicAndWidth, magicAndWidth.Length, throwOnEndOfStream: false) == magicAndWidth.Length && magicAndWidth.AsSpan(0, Magic.Length).SequenceEqual(Magic);
            dimensions = readWidth ? BinaryPrimitives.ReadInt32LittleEndian(magicAndWidth.AsSpan(Magic.Length)) : 0;
            var header = Header(modelId, dimensions);
            var actualHeader = new byte[header.Length];
            magicAndWidth.CopyTo(actualHeader, 0);
            if (!readWidth || dimensions is <= 0 or > MaxDimensions
                || stream.ReadAtLeast(actualHeader.AsSpan(magicAndWidth.Length), header.Length - magicAndWidth.Length, throwOnEndOfStream: false) != header.Length - magicAndWidth.Length
                || !actualHeader.AsSpan().SequenceEqual(header))
            {
                notes.Add($"{path}: not a vector file for {modelId}; discarded and re-embedding");
                stream.Dispose();
                File.Delete(path);
                return null;
            }
            validLength = header.Length;
            var recordLength = RecordLength(dimensions);
            var block = new byte[recordLength * RecordsPerRead];
            int read;
            var intact = true;
            while (intact && (read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false)) > 0)
            {
                for (var offset = 0; offset + recordLength <= read; offset += recordLength)
                {
                    var record = block.AsSpan(offset, recordLength);
                    if (!IsIntact(record))
                    {
                        intact = false;
                        break;
                    }
                    var key = BinaryPrimitives.ReadUInt128LittleEndian(record);
                    if (wanted.TryGetValue(key, out var vector) && vector is null)
                    {
                        wanted[key] = MemoryMarshal.Cast<byte, float>(record[16..^sizeof(uint)]).ToArray();
                    }
                    validRecords++;
                    validLength += recordLength;
                }
            }
            if (validLength == stream.Length)
            {
                return dimensions;
            }
        }
        notes.Add($"{path}: damaged or cut short after {validRecords} vectors (an interrupted build?); kept those, re-embedding the rest");
        using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write);
        truncate.SetLength(validLength);
        return dimensions;
    }

    /// <summary>
    /// Copies the vector files of one embeddings folder (a cache folder's <c>embeddings/</c>) into another, leaving out
    /// the vectors of <paramref name="texts"/> (keyed under each file's own model) and anything after a damaged record:
    /// the vectors as they were before those texts were embedded. For the benchmark, whose shared vectors already hold
    /// the next night's papers, so that its nightly embeds them as a real night does. Returns how many were left out.
    /// </summary>
    internal static int CopyWithout(string fromFolder, string toFolder, IReadOnlyCollection<string> texts)
    {
        Directory.CreateDirectory(toFolder);
        var leftOut = 0;
        foreach (var path in Directory.EnumerateFiles(fromFolder, "*.vectors"))
        {
            using var from = File.OpenRead(path);
            var start = new byte[Magic.Length + 8];
            if (from.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) != start.Length || !start.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                continue;
            }

            var dimensions = BinaryPrimitives.ReadInt32LittleEndian(start.AsSpan(Magic.Length));
            var modelId = new byte[Math.Clamp(BinaryPrimitives.ReadInt32LittleEndian(start.AsSpan(Magic.Length + 4)), 0, 4096)];
            from.ReadExactly(modelId);
            var model = Encoding.UTF8.GetString(modelId);
            var dropped = texts.Select(text => Key(model, text)).ToHashSet();
            using var to = File.Create(Path.Combine(toFolder, Path.GetFileName(path)));
            to.Write(Header(model, dimensions));
            var record = new byte[RecordLength(dimensions)];
            while (from.ReadAtLeast(record, record.Length, throwOnEndOfStream: false) == record.Length && IsIntact(record))
            {
                if (dropped.Contains(BinaryPrimitives.ReadUInt128LittleEndian(record)))
                {
                    leftOut++;
                }
                else
                {
                    to.Write(record);
                }
            }
        }

        return leftOut;
    }

    private static FileStream OpenForAppend(string path, ITextEmbedder embedder)
    {
        var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        if (file.Length == 0)
        {
            file.Write(Header(embedder.ModelId, embedder.Dimensions));
        }
        return file;
    }

    private static byte[] Header(string model, int dimensions)
    {
        var modelId = Encoding.UTF8.GetBytes(model);
        var header = new byte[Magic.Length + 8 + modelId.Length];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), dimensions);
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

    private static bool IsIntact(ReadOnlySpan<byte> record) =>
        Checksum(record[..^sizeof(uint)]) == BinaryPrimitives.ReadUInt32LittleEndian(record[^sizeof(uint)..]);

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
