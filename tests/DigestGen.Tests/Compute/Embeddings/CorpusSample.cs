using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The first records of the arXiv corpus file that have abstracts: real text for the embedding tests.</summary>
internal static class CorpusSample
{
    public sealed record Record(string Title, string Abstract);

    public static IReadOnlyList<Record> First(int count) =>
    [
        .. CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta")
            .Where(record => !string.IsNullOrWhiteSpace(record.Abstract))
            .Take(count)
            .Select(record => new Record(record.Title, record.Abstract!)),
    ];
}
