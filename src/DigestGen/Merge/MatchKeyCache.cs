using System.Collections.Concurrent;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Merge;

/// <summary>
/// Each dump's <see cref="DumpMatchKeys"/> as an earlier build made them, one file each in <c>&lt;cache&gt;/merge-keys/</c>
/// (<see cref="MatchKeyCodec"/>), named as the dump's parsed-dump entry is (a hash of the code, the dump's path and its
/// bytes): they are a pure function of those, whatever the build's day, so a nightly makes them only for new or changed
/// dumps (at 100,000 papers merge's records step, mostly making them, took 5.4 CPU-s: docs/bench.md). A dump without
/// an entry name (one that could not be read) has its keys made and not kept. New entries wait for the build to be published in a temporary
/// file, not in memory: a first build of 100,000 papers would otherwise hold about 150 MB of trigram hashes to the end.
/// </summary>
public sealed class MatchKeyCache
{
    public const string FolderName = "merge-keys";

    private const string EntryExtension = ".keys";

    private readonly string folder;
    private readonly Func<string, string?> entryNameOf;
    /// <summary>Tonight's dumps by entry name: where the new entry lies in <see cref="waiting"/>, or null for one read back from the cache.</summary>
    private readonly ConcurrentDictionary<string, (long Offset, int Length)?> tonight = new(StringComparer.Ordinal);
    private readonly Lock waitingLock = new();
    private FileStream? waiting;
    private int reused;

    /// <param name="entryNameOf">A dump's file to the name of its parsed-dump entry, or null when it has none.</param>
    public MatchKeyCache(string cacheDirectory, Func<string, string?> entryNameOf)
    {
        folder = Path.Combine(cacheDirectory, FolderName);
        this.entryNameOf = entryNameOf;
    }

    /// <summary>Dumps whose keys were read back from the cache rather than made.</summary>
    public int Reused => reused;

    internal DumpMatchKeys For(ParsedDump dump)
    {
        if (entryNameOf(dump.File) is not { } name)
        {
            return DumpMatchKeys.Of(dump);
        }

        if (CacheFile.ReadPooled(EntryPath(name), entry => MatchKeyCodec.Read(entry, dump), missing: null) is { } kept)
        {
            tonight[name] = null;
            Interlocked.Increment(ref reused);
            return kept;
        }

        var made = DumpMatchKeys.Of(dump);
        var bytes = MatchKeyCodec.Write(made);
        lock (waitingLock)
        {
            waiting ??= OpenWaitingFile();
            tonight[name] = (waiting.Position, bytes.Length);
            waiting.Write(bytes);
        }

        return made;
    }

    /// <summary>Writes tonight's new entries and removes those no dump of tonight's input needs, once the build is published.</summary>
    public CacheUpdate Update() => new(folder, () =>
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, place) in tonight)
        {
            if (place is (var offset, var length))
            {
                var entry = new byte[length];
                waiting!.Position = offset;
                waiting.ReadExactly(entry);
                CacheFile.Write(EntryPath(name), entry);
            }
        }

        CacheFile.RemoveEntriesBut(folder, EntryExtension, tonight.ContainsKey);
        waiting?.Dispose();
        waiting = null;
    });

    /// <summary>A file of this build's own: gone from the folder at once where the system allows, else once closed, so no failed build leaves it.</summary>
    private static FileStream OpenWaitingFile()
    {
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
        File.Delete(path);
        return file;
    }

    private string EntryPath(string name) => Path.Combine(folder, name + EntryExtension);
}
