using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace DigestGen.Output;

/// <summary>
/// The only writer of the output folder. A build never writes into the published site directly: a file whose bytes
/// changed goes to a staging folder beside the site (<see cref="WorkFolder"/>), and only <see cref="Finish"/>, called
/// when the build succeeded, moves the staged files in and deletes the files this build no longer produces. A build
/// that fails or dies leaves the previous site as it was; its staging folder is discarded by the next build. Files
/// whose bytes did not change are never touched, so their timestamps stay meaningful. Folders listed in
/// <paramref name="preservedFolders"/> (caches) are never cleaned, and nothing is written into them.
/// <para>
/// Stale files are found from the output's own record of what the last build published (<see cref="PublishedRecord"/>,
/// in the work folder, written before the moves begin): a file the last build published and this one does not is
/// removed with the folders that leaves empty. A file put into the output folder by hand, which no build published, is
/// left alone. Without a record that belongs to this output folder (the first build, a folder replaced or copied since)
/// every folder of the site is walked instead, and everything this build does not produce is removed.
/// </para>
/// </summary>
public sealed class SiteWriter : IOutputSink, IDisposable
{
    /// <summary>Most pages fit in one read.</summary>
    private const int ComparisonChunk = 64 * 1024;

    /// <summary>A folder with this many entries has them walked in parallel for stale files (<see cref="RemoveStale"/>).</summary>
    private const int ParallelWalkEntries = 64;

    private readonly string root;
    private readonly string staging;
    private readonly string commitMarker;
    private readonly PublishedRecord published;
    private readonly PublishedRecord publishing;
    private readonly IReadOnlyCollection<string> preservedFolders;

    private readonly ConcurrentDictionary<string, byte> produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> stagingFolders = new(StringComparer.Ordinal);

    /// <summary>False when the output folder held nothing but caches: no file can be unchanged, so none is compared.</summary>
    private readonly bool hadSite;
    private int written;
    private int unchanged;
    private bool finished;

    public SiteWriter(string outputDirectory, IReadOnlyCollection<string> preservedFolders)
    {
        root = Path.GetFullPath(outputDirectory);
        this.preservedFolders = [.. preservedFolders.Select(folder => folder.Replace('\\', '/').Trim('/'))];
        var work = WorkFolder.For(root);
        staging = Path.Combine(work, "staging");
        commitMarker = Path.Combine(work, "staging-complete");
        published = new PublishedRecord(Path.Combine(work, "published"), root);
        publishing = new PublishedRecord(Path.Combine(work, "publishing"), root);
        Recovery = Recover();
        hadSite = Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any(entry => !IsPreserved(Path.GetFileName(entry)));
    }

    /// <summary>What this writer found of a previous build that did not finish, for the build notes; null if nothing.</summary>
    public string? Recovery { get; }

    public void Add(OutputFile file)
    {
        var relative = Claim(file.Path);
        var target = Path.Combine(root, relative);
        using var content = new MemoryStream(file.Content, writable: false);
        if (hadSite && File.Exists(target) && SameBytes(target, content))
        {
            Interlocked.Increment(ref unchanged);
            return;
        }

        // A new file in a fresh staging folder: no truncating, no file-system probe for a shared lock (File.WriteAllBytes
        // costs three more system calls per file, and a site is thousands of small files).
        using var handle = File.OpenHandle(StagingPathFor(relative), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, file.Content, 0);
        Interlocked.Increment(ref written);
    }

    /// <summary>Streams into the staging folder; the staged copy is dropped again when the bytes did not change.</summary>
    public void AddStreamed(string path, Action<Stream> write)
    {
        var relative = Claim(path);
        var target = Path.Combine(root, relative);
        var staged = StagingPathFor(relative);
        using (var stream = new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            write(stream);
        }

        bool same;
        using (var content = File.OpenRead(staged))
        {
            same = hadSite && File.Exists(target) && SameBytes(target, content);
        }

        if (same)
        {
            File.Delete(staged);
            Interlocked.Increment(ref unchanged);
            return;
        }

        Interlocked.Increment(ref written);
    }

    /// <summary>
    /// Keeps a file of the previous build that still has the bytes the caller would write: its stamp is the one it
    /// was published with, or else it is read and hashed here, so a file changed or deleted since then is never kept
    /// by mistake. A stat instead of a read and a hash per kept page: about 0.3 of the 5.5 CPU-s a 10,000-paper
    /// rebuild spends in render (a sampling profile had put it at half; the kernel's page-cache copies were counted
    /// as the build's under load).
    /// </summary>
    public FileStamp? Keep(string path, string contentHash, FileStamp? published)
    {
        // Into a folder that held only caches there is nothing to keep: no stat per page of a full build.
        if (!hadSite)
        {
            return null;
        }

        var relative = Checked(path);
        var target = Path.Combine(root, relative);
        var stamp = FileStamp.Of(target);
        if (stamp is null || (stamp != published && ContentHash.Of(File.ReadAllBytes(target)) != contentHash))
        {
            return null;
        }

        Register(relative);
        Interlocked.Increment(ref unchanged);
        return stamp;
    }

    public FileStamp? PublishedStamp(string path) => FileStamp.Of(Path.Combine(root, Checked(path)));

    /// <summary>
    /// Publishes the build: moves the staged files into the output folder, removes stale files and empty folders, and
    /// returns what this build did to the output folder. The marker written first lets the next build finish the
    /// moves should this process die halfway through them.
    /// </summary>
    public WriteSummary Finish()
    {
        // The record of what this build publishes is written before the marker: a build that dies during the moves
        // is finished by the next writer, stale files and all.
        Directory.CreateDirectory(root);
        publishing.Write(produced.Keys);
        File.WriteAllBytes(commitMarker, []);
        MoveStaged(staging, root);
        // Into a folder that held only caches, every file is this build's: nothing can be stale.
        var removed = hadSite ? RemoveStale(produced.ContainsKey) : 0;
        publishing.Replace(published);
        File.Delete(commitMarker);
        DiscardStaging();
        finished = true;
        return new WriteSummary(written, unchanged, removed);
    }

    /// <summary>Without <see cref="Finish"/> (a failed build), the staged files are thrown away and the site is untouched.</summary>
    public void Dispose()
    {
        if (!finished)
        {
            DiscardStaging();
        }
    }

    /// <summary>Registers a file this build produces and returns its path relative to the output folder, refusing duplicates, escapes and caches.</summary>
    private string Claim(string path)
    {
        var relative = Checked(path);
        Register(relative);
        return relative;
    }

    /// <summary>Where a file is staged, its folder created once per build.</summary>
    private string StagingPathFor(string relative)
    {
        var staged = Path.Combine(staging, relative);
        var folder = Path.GetDirectoryName(staged)!;
        // A folder is recorded only once created, so no thread writes into one another thread is still creating.
        stagingFolders.GetOrAdd(folder, static path =>
        {
            Directory.CreateDirectory(path);
            return 0;
        });
        return staged;
    }

    /// <summary>The path relative to the output folder, refusing escapes and caches.</summary>
    private string Checked(string path)
    {
        var relative = path.Replace('\\', '/').TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{path}' escapes the output folder.");
        }

        relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (IsPreserved(relative))
        {
            throw new InvalidOperationException($"Output path '{path}' lies in the cache folder, which is never published.");
        }

        return relative;
    }

    private void Register(string relative)
    {
        if (!produced.TryAdd(relative, 0))
        {
            throw new InvalidOperationException($"Two stages produced the same output file '{relative}'.");
        }
    }

    /// <summary>A staging folder with its marker is a build that succeeded and died while publishing: finish it. Any other is discarded.</summary>
    private string? Recover()
    {
        if (!File.Exists(commitMarker))
        {
            publishing.Delete();
            if (!Directory.Exists(staging))
            {
                return null;
            }

            DiscardStaging();
            return "discarded the staged files of a previous build that did not finish; the site was left as it was";
        }

        MoveStaged(staging, root);
        if (publishing.Read() is { } publishedThen)
        {
            RemoveStale(publishedThen.ToHashSet(StringComparer.Ordinal).Contains);
        }

        publishing.Replace(published);

        File.Delete(commitMarker);
        DiscardStaging();
        return "finished publishing a previous build that stopped halfway through it";
    }

    /// <summary>
    /// Moves the staged tree into the site: a folder the site does not have yet moves whole, in one rename (a first
    /// build into an empty folder moves a handful of folders, not thousands of files); a folder both have is merged
    /// file by file. A rename the file system refuses (the site on another volume) falls back to moving file by file.
    /// </summary>
    private static void MoveStaged(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).GetFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry is not DirectoryInfo folder)
            {
                File.Move(entry.FullName, target, overwrite: true);
            }
            else if (Directory.Exists(target) || !TryMoveFolder(folder, target))
            {
                MoveStaged(folder.FullName, target);
            }
        }
    }

    private static bool TryMoveFolder(DirectoryInfo folder, string target)
    {
        try
        {
            folder.MoveTo(target);
            return true;
        }
        catch (IOException) when (!File.Exists(target))
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the files the last build published that this one (<paramref name="producing"/>) does not, and the folders
    /// that leaves empty: at 100,000 papers the site holds 147,000 files in 117,000 folders, and walking them all was
    /// most of a nightly's publishing. Without a record of the last build that belongs to this output folder, walks the
    /// whole site instead (<see cref="RemoveStaleIn"/>).
    /// </summary>
    private int RemoveStale(Func<string, bool> producing)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        if (published.Read() is not { } last)
        {
            var walked = new StrongBox<int>();
            RemoveStaleIn(root, string.Empty, producing, walked);
            return walked.Value;
        }

        var removed = 0;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in last.Where(path => !producing(path) && !IsPreserved(path)))
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
                emptied.Add(Path.GetDirectoryName(path)!);
            }
        }

        // Deepest first, so a folder whose only entries were emptied folders goes too.
        foreach (var folder in emptied.OrderByDescending(folder => folder.Length))
        {
            for (var at = folder; at.Length > root.Length && Directory.Exists(at) && !Directory.EnumerateFileSystemEntries(at).Any(); at = Path.GetDirectoryName(at)!)
            {
                Directory.Delete(at);
            }
        }

        return removed;
    }

    /// <summary>
    /// Deletes every file of the folder that this build is not <paramref name="producing"/> and the folders that leaves empty (or
    /// that were empty), in one walk that lists each folder once. A link is removed as a file, never followed.
    /// </summary>
    /// <returns>Whether the folder is left empty.</returns>
    /// <remarks>
    /// A large folder's entries (papers/, authors/: a folder a page) are walked on every core: the walk is a few system
    /// calls per folder, and it was the larger half of a nightly's publishing, on one thread.
    /// </remarks>
    private bool RemoveStaleIn(string folder, string relativeFolder, Func<string, bool> producing, StrongBox<int> removed)
    {
        var entries = new FileSystemEnumerable<(string Name, bool IsFolder)>(
            folder, static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0)).ToList();
        var left = 0;
        void Visit((string Name, bool IsFolder) entry)
        {
            var (name, isFolder) = entry;
            var relative = relativeFolder.Length == 0 ? name : $"{relativeFolder}/{name}";
            var path = Path.Combine(folder, name);
            if (IsPreserved(relative) || (!isFolder && producing(relative)))
            {
                Interlocked.Increment(ref left);
            }
            else if (!isFolder)
            {
                File.Delete(path);
                Interlocked.Increment(ref removed.Value);
            }
            else if (RemoveStaleIn(path, relative, producing, removed))
            {
                Directory.Delete(path);
            }
            else
            {
                Interlocked.Increment(ref left);
            }
        }

        if (entries.Count >= ParallelWalkEntries)
        {
            Parallel.ForEach(entries, Visit);
        }
        else
        {
            entries.ForEach(Visit);
        }

        return left == 0;
    }

    private void DiscardStaging()
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        WorkFolder.RemoveIfEmpty(root);
    }

    private bool IsPreserved(string relative) =>
        preservedFolders.Any(folder => relative == folder || relative.StartsWith(folder + "/", StringComparison.Ordinal));

    /// <summary>Compares through pooled buffers: a nightly build compares every page, and most are unchanged.</summary>
    private static bool SameBytes(string path, Stream content)
    {
        using var file = File.OpenHandle(path);
        if (RandomAccess.GetLength(file) != content.Length)
        {
            return false;
        }

        var existing = ArrayPool<byte>.Shared.Rent(ComparisonChunk);
        var wanted = ArrayPool<byte>.Shared.Rent(ComparisonChunk);
        try
        {
            for (long offset = 0; offset < content.Length;)
            {
                var length = content.ReadAtLeast(wanted.AsSpan(0, ComparisonChunk), ComparisonChunk, throwOnEndOfStream: false);
                var read = RandomAccess.Read(file, existing.AsSpan(0, length), offset);
                if (length == 0 || read != length || !existing.AsSpan(0, read).SequenceEqual(wanted.AsSpan(0, length)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(existing);
            ArrayPool<byte>.Shared.Return(wanted);
        }
    }
}

/// <summary>Files written because new or changed, files left alone because identical, stale files deleted.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed);
