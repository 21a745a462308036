using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// The model package's content hash (<see cref="UniversalSentenceEncoderPackage.ContentHash"/>), remembered in the cache
/// folder with the package's name and version and each file's size and last write time: hashing the 28 MB of weights took
/// 40–50 ms of a core at the start of every build, beside ingest (docs/bench.md, "Stages before render"). Any file whose
/// size or write time moved, a file added or gone, another package or version, or a missing or unreadable memo hashes
/// again and rewrites the memo. npm installs every file with the same write time, so the version guards an upgrade
/// whose files keep their sizes; what an edit in place without a new write time would miss, deleting the cache undoes.
/// </summary>
internal static class RememberedPackageHash
{
    public const string FileName = "package-hash.txt";

    private const string Format = "digestgen-package-hash/1";

    /// <param name="package">The package's name and version.</param>
    /// <param name="folder">Where the memo is kept; null: hash every time.</param>
    public static string Of(string package, IEnumerable<string> files, string? folder)
    {
        var stamped = files.Order(StringComparer.Ordinal).Select(file => (File: file, Stamp: Stamp(file))).ToList();
        var memo = folder is null ? null : Path.Combine(folder, FileName);
        var remembered = memo is null ? null : Read(memo);
        var expected = Lines(package, stamped);
        if (remembered is { } lines && lines.Length == expected.Count + 1 && lines.Skip(1).SequenceEqual(expected, StringComparer.Ordinal) && lines[0].Length == 64)
        {
            return lines[0];
        }

        var hash = Hash(stamped.Select(file => file.File));
        if (memo is not null)
        {
            Write(memo, [hash, .. expected]);
        }

        return hash;
    }

    private static List<string> Lines(string package, IEnumerable<(string File, string Stamp)> files) =>
        [Format, package, .. files.Select(file => $"{Path.GetFileName(file.File)}\t{file.Stamp}")];

    private static string Stamp(string file)
    {
        var info = new FileInfo(file);
        return string.Create(CultureInfo.InvariantCulture, $"{info.Length}\t{info.LastWriteTimeUtc.Ticks}");
    }

    private static string[]? Read(string memo)
    {
        try
        {
            return File.Exists(memo) ? File.ReadAllLines(memo) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Written beside and renamed, so a build interrupted while writing leaves no half memo; a memo that cannot be written is hashed again next time.</summary>
    private static void Write(string memo, IEnumerable<string> lines)
    {
        var temporary = $"{memo}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(memo)!);
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, memo, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }
    }

    private static string Hash(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Streamed through one small buffer: reading a 4 MB shard whole put it on the large-object heap, whose small budget
        // forced a full collection per shard.
        var buffer = new byte[64 * 1024];
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
