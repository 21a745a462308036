using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Ingest;

/// <summary>
/// Dumps parsed by an earlier build, one file each in <c>&lt;cache&gt;/ingest/</c> (<see cref="ParsedDumpCodec"/>), named
/// by a hash of the code that parsed them (this assembly's build), the dump's path and its bytes: a nightly build parses
/// only the dumps that are new or changed and reads the others back. A dump whose record headers have dates without a
/// year is read relative to the build's day, so it is kept for the days on which those dates fall in the same years
/// (<see cref="YearlessDates"/>). A missing, unreadable or foreign entry is
/// parsed again. A new entry waits for the build to be published compressed, not as the parsed dump: the pipeline lets
/// go of the dumps once merged, and a first build of 100,000 papers would otherwise hold 280 MB of records to the end.
/// </summary>
public sealed class ParsedDumpCache
{
    public const string FolderName = "ingest";

    private const string EntryExtension = ".dump";

    private static readonly byte[] Code = typeof(ParsedDumpCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    private readonly string folder;
    /// <summary>Tonight's dumps by key: the new entry compressed, or null for one read back from the cache.</summary>
    private readonly ConcurrentDictionary<string, byte[]?> tonight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> entryNames = new(StringComparer.Ordinal);
    private int reused;

    public ParsedDumpCache(string cacheDirectory) => folder = Path.Combine(cacheDirectory, FolderName);

    /// <summary>Dumps read back from the cache rather than parsed.</summary>
    public int Reused => reused;

    /// <summary>
    /// The name of the entry kept for a dump of tonight's input (by its file), or null for one that could not be read:
    /// what later stages may name their own per-dump entries by, as they are as valid as the dump's bytes and the code.
    /// </summary>
    public string? EntryNameOf(string dumpFile) => entryNames.GetValueOrDefault(dumpFile);

    /// <summary><see cref="IngestDumps.Parse"/>, or the same dump as an earlier build parsed it.</summary>
    public ParsedDump Parse(InputFile file, DateOnly asOf)
    {
        if (file.Bytes is null)
        {
            return IngestDumps.Parse(file, asOf);
        }

        var key = Key(file.Path, file.Bytes);
        entryNames[file.Path] = key;
        if (CacheFile.ReadPooled(EntryPath(key), ParsedDumpCodec.Read, missing: null) is { } kept && (kept.Yearless is null || kept.Yearless.ReadAlikeOn(asOf)))
        {
            tonight[key] = null;
            Interlocked.Increment(ref reused);
            return kept.Dump;
        }

        var (dump, yearless) = IngestDumps.Read(file, asOf);
        tonight[key] = Compress(ParsedDumpCodec.Write(dump, yearless));
        return dump;
    }

    /// <summary>Writes tonight's new entries and removes those no dump of tonight's input needs, once the build is published.</summary>
    public CacheUpdate Update() => new(folder, () =>
    {
        Directory.CreateDirectory(folder);
        foreach (var (key, entry) in tonight)
        {
            if (entry is not null)
            {
                CacheFile.Write(EntryPath(key), Decompress(entry));
            }
        }

        CacheFile.RemoveEntriesBut(folder, EntryExtension, tonight.ContainsKey);
    });

    private static byte[] Compress(byte[] entry)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest))
        {
            zlib.Write(entry);
        }

        return compressed.ToArray();
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var entry = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(entry);
        }

        return entry.ToArray();
    }

    private string EntryPath(string key) => Path.Combine(folder, key + EntryExtension);

    private static string Key(string path, byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Code);
        hash.AppendData(Encoding.UTF8.GetBytes(path + "\0"));
        hash.AppendData(bytes);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
