using System.IO.Compression;
using System.Text.Json;

namespace DigestGen.Tests.Compute;

/// <summary>Real records for compute tests: corpus papers by title keyword and seed-dump lines, read once.</summary>
internal static class ComputeTestData
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(directory, "DigestGen.sln")))
            {
                directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("DigestGen.sln not found above the test binaries");
            }

            return directory;
        }
    }

    /// <summary>The first <paramref name="count"/> corpus papers (file order) whose title contains the phrase.</summary>
    public static IReadOnlyList<(string Title, string Abstract)> PapersTitled(string phrase, int count) =>
        ArxivPapers()
            .Where(paper => paper.Title.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            .Take(count)
            .Select(paper => (paper.Title, paper.Abstract))
            .ToArray();

    /// <summary>The first <paramref name="count"/> corpus papers with an abstract, in file order.</summary>
    public static IReadOnlyList<(string Title, string Abstract, string Category)> FirstPapers(int count) => ArxivPapers().Take(count).ToArray();

    /// <summary>One line of a seed dump in input/, 1-based, without a leading "Abstract:" marker.</summary>
    public static string SeedLine(string file, int line) =>
        File.ReadLines(Path.Combine(RepositoryRoot, "input", file)).ElementAt(line - 1).Replace("Abstract:", "", StringComparison.Ordinal).Trim();

    /// <summary>Streams ../shared/corpus/arxiv-meta.jsonl.gz in file order, papers with an abstract of 200+ characters.</summary>
    private static IEnumerable<(string Title, string Abstract, string Category)> ArxivPapers()
    {
        var path = Path.Combine(RepositoryRoot, "..", "shared", "corpus", "arxiv-meta.jsonl.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            if (root.GetProperty("abstract").GetString() is { Length: >= 200 } abstractText)
            {
                yield return (root.GetProperty("title").GetString()!, abstractText, root.GetProperty("extra").GetProperty("primary_category").GetString()!);
            }
        }
    }
}
