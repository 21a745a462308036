using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// Digests made of real records from ../shared/corpus (see SOURCES.md), for search tests and benches until the
/// ingest and merge stages produce them from dumps. Each paper gets a readable unique slug id, as merge assigns.
/// </summary>
public static class CorpusDigest
{
    /// <summary>The first <paramref name="count"/> papers: the small alfolio files and hf-daily first, then arXiv.</summary>
    public static Digest Load(int count)
    {
        var files = new[] { "alfolio-yichi-zhang.jsonl", "alfolio-yuzhang-shang.jsonl", "hf-daily.jsonl.gz", "arxiv-meta.jsonl.gz" };
        var papers = new List<Paper>(count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in files.SelectMany(file => ReadLines(Path.Combine(RepoPaths.Corpus, file))))
        {
            if (papers.Count == count)
            {
                break;
            }

            papers.Add(ToPaper(JsonDocument.Parse(line).RootElement, ids));
        }

        return new Digest(new DateOnly(2026, 11, 23), [.. papers], [], []);
    }

    private static Paper ToPaper(JsonElement record, HashSet<string> ids)
    {
        var title = record.GetProperty("title").GetString()!;
        var categories = record.GetProperty("categories");
        var date = record.GetProperty("date").GetString();
        return new Paper
        {
            Id = UniqueSlug(title, ids),
            Title = title,
            Authors = [.. record.GetProperty("authors").EnumerateArray().Select(author => author.GetString()!)],
            Abstract = record.GetProperty("abstract").GetString(),
            Date = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            Category = categories.ValueKind == JsonValueKind.Array ? categories[0].GetString() : record.GetProperty("extra").GetProperty("source").GetString(),
        };
    }

    private static string UniqueSlug(string title, HashSet<string> ids)
    {
        var words = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words.Take(8));
        slug = slug.Length == 0 ? "paper" : slug;
        var unique = slug;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        return unique;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
