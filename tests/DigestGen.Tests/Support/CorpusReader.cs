using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace DigestGen.Tests.Support;

/// <summary>Streams <see cref="CorpusRecord"/>s from the JSON Lines files (plain or gzip) of a corpus folder (<see cref="RepoPaths.Corpus"/>).</summary>
public static class CorpusReader
{
    /// <summary>The corpus files in ordinal name order, so every run sees the records in the same order.</summary>
    public static IReadOnlyList<string> Files(string corpusDirectory) =>
        Directory.EnumerateFiles(corpusDirectory)
            .Where(path => path.EndsWith(".jsonl", StringComparison.Ordinal) || path.EndsWith(".jsonl.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every record of every corpus file, lazily.</summary>
    public static IEnumerable<CorpusRecord> ReadAll(string corpusDirectory) => Files(corpusDirectory).SelectMany(Read);

    /// <summary>The records of one file whose name starts with <paramref name="fileStem"/> (e.g. "hf-daily"), lazily.</summary>
    public static IEnumerable<CorpusRecord> ReadFile(string corpusDirectory, string fileStem) =>
        Read(Files(corpusDirectory).Single(path => Path.GetFileName(path).StartsWith(fileStem + ".", StringComparison.Ordinal)));

    public static IEnumerable<CorpusRecord> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream data = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(data);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return Parse(line, path, lineNumber);
        }
    }

    private static CorpusRecord Parse(string line, string path, int lineNumber)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        try
        {
            var extra = root.GetProperty("extra");
            return new CorpusRecord
            {
                Title = root.GetProperty("title").GetString()!,
                Authors = [.. root.GetProperty("authors").EnumerateArray().Select(author => author.GetString()!)],
                Abstract = StringOrNull(root, "abstract"),
                Date = ParseDate(root.GetProperty("date").GetString()!),
                Categories = root.GetProperty("categories").ValueKind == JsonValueKind.Array
                    ? PrimaryFirst([.. root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)], StringOrNull(extra, "primary_category"))
                    : [],
                ArxivId = StringOrNull(root, "arxiv_id"),
                Venue = StringOrNull(root, "venue"),
                VenueFull = StringOrNull(extra, "venue_full"),
                CodeUrl = StringOrNull(root, "code_url"),
                Score = root.GetProperty("score").ValueKind == JsonValueKind.Number ? root.GetProperty("score").GetInt32() : null,
                Organization = StringOrNull(extra, "organization"),
                Source = extra.GetProperty("source").GetString()!,
            };
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}({lineNumber}): not a corpus record as SOURCES.md describes: {e.Message}", e);
        }
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>"2024-05-24", "2020-01" or "2024"; missing parts become the first month or day.</summary>
    private static DateOnly ParseDate(string text) => text.Length switch
    {
        4 => new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 1, 1),
        7 => DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static ImmutableArray<string> PrimaryFirst(ImmutableArray<string> categories, string? primary) =>
        primary is null || !categories.Contains(primary) ? categories : [primary, .. categories.Where(c => c != primary)];
}
