using System.IO.Compression;
using System.Text.Json;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The first records of the shared arXiv corpus: real titles and abstracts for the embedding tests.</summary>
internal static class CorpusSample
{
    public sealed record Record(string Title, string Abstract);

    public static IReadOnlyList<Record> First(int count)
    {
        using var file = File.OpenRead(Path.Combine(RepoPaths.Corpus, "arxiv-meta.jsonl.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var records = new List<Record>();
        while (records.Count < count && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            records.Add(new Record(json.RootElement.GetProperty("title").GetString()!, json.RootElement.GetProperty("abstract").GetString()!));
        }
        return records;
    }
}
