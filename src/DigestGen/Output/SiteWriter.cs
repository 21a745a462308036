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
        var relative = file.Path.Replace('\\', '/').TrimStart('/');
        if (!produced.TryAdd(relative, 0))
        {
            throw new InvalidOperationException($"Two stages produced the same output file '{relative}'.");
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Output path '{file.Path}' escapes the output folder.");
        }

        if (File.Exists(full) && SameBytes(full, file.Content))
        {
            Interlocked.Increment(ref unchanged);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, file.Content);
        Interlocked.Increment(ref written);
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

    /// <summary>Compares through one pooled buffer: a nightly build compares every page, and most are unchanged.</summary>
    private static bool SameBytes(string path, byte[] content)
    {
        using var file = File.OpenHandle(path);
        if (RandomAccess.GetLength(file) != content.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ComparisonChunk);
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(ComparisonChunk, content.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Files written because new or changed, files left alone because identical, stale files deleted.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed);
