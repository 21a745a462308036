using System.Buffers;
using System.Collections.Concurrent;

namespace DigestGen.Output;

/// <summary>
/// The only writer of the output folder. Writes a file only when its bytes changed (so a nightly rebuild touches
/// little and keeps timestamps meaningful) and, on <see cref="Finish"/>, deletes files this build no longer produces.
/// Folders listed in <paramref name="preservedFolders"/> (caches) are never cleaned.
/// </summary>
public sealed class SiteWriter(string outputDirectory, IReadOnlyCollection<string> preservedFolders) : IOutputSink
{
    /// <summary>Most pages fit in one read.</summary>
    private const int ComparisonChunk = 64 * 1024;

    private readonly string root = Path.GetFullPath(outputDirectory);
    private readonly ConcurrentDictionary<string, byte> produced = new(StringComparer.Ordinal);
    private int written;
    private int unchanged;

    public void Add(OutputFile file)
    {
        var full = Claim(file.Path);
        using var content = new MemoryStream(file.Content, writable: false);
        if (File.Exists(full) && SameBytes(full, content))
        {
            Interlocked.Increment(ref unchanged);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Content);
        Interlocked.Increment(ref written);
    }

    /// <summary>Streams into a temporary file beside the target, which replaces the target only if the bytes differ.</summary>
    public void AddStreamed(string path, Action<Stream> write)
    {
        var full = Claim(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }

            using (var content = File.OpenRead(temporary))
            {
                if (File.Exists(full) && SameBytes(full, content))
                {
                    Interlocked.Increment(ref unchanged);
                    return;
                }
            }

            File.Move(temporary, full, overwrite: true);
            Interlocked.Increment(ref written);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Registers a file this build produces and returns its full path, refusing duplicates and escapes.</summary>
    private string Claim(string path)
    {
        var relative = path.Replace('\\', '/').TrimStart('/');
        if (!produced.TryAdd(relative, 0))
        {
            throw new InvalidOperationException($"Two stages produced the same output file '{relative}'.");
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{path}' escapes the output folder.");
        }

        return full;
    }

    /// <summary>Removes stale files and empty folders; returns what this build did to the output folder.</summary>
    public WriteSummary Finish()
    {
        var removed = 0;
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (produced.ContainsKey(relative) || IsPreserved(relative))
                {
                    continue;
                }

                File.Delete(path);
                removed++;
            }

            RemoveEmptyFolders(root);
        }

        return new WriteSummary(written, unchanged, removed);
    }

    private bool IsPreserved(string relative) =>
        preservedFolders.Any(folder => relative.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    private static void RemoveEmptyFolders(string folder)
    {
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
            {
                Directory.Delete(child);
            }
        }
    }

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
