using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DigestGen.Bench.Quality;

/// <summary>One arXiv paper with its primary category, the reference label clusters are scored against.</summary>
internal sealed record LabelledPaper(string ArxivId, string Title, string Abstract, string PrimaryCategory)
{
    public string Text => $"{Title}. {Abstract}";
}

/// <summary>
/// A fixed sample of ../shared/corpus/arxiv-meta.jsonl.gz: the papers whose SHA-256(arxiv id) sort first, so every
/// run and every machine scores the same papers without favouring any date or category.
/// </summary>
internal static class CorpusSample
{
    /// <param name="skip">How many of the first papers in this order to leave out (a sample disjoint from a smaller one).</param>
    public static IReadOnlyList<LabelledPaper> Load(string path, int size, int skip = 0)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var papers = new List<(string Key, LabelledPaper Paper)>();
        while (reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            var abstractText = root.GetProperty("abstract").GetString();
            var id = root.GetProperty("arxiv_id").GetString();
            if (abstractText is null || abstractText.Length < 200 || id is null
                || !root.GetProperty("extra").TryGetProperty("primary_category", out var category))
            {
                continue;
            }

            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
            papers.Add((key, new LabelledPaper(id, root.GetProperty("title").GetString() ?? "", abstractText, category.GetString() ?? "")));
        }

        return papers.OrderBy(entry => entry.Key, StringComparer.Ordinal).Skip(skip).Take(size).Select(entry => entry.Paper).ToArray();
    }
}
