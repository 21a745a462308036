using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute;

/// <summary>Real texts for compute tests: arxiv-meta papers in file order, and seed-dump lines.</summary>
internal static class ComputeTestData
{
    /// <summary>The first <paramref name="count"/> arxiv-meta papers whose title contains the phrase.</summary>
    public static IReadOnlyList<(string Title, string Abstract)> PapersTitled(string phrase, int count) =>
        ArxivPapers()
            .Where(paper => paper.Title.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            .Take(count)
            .ToArray();

    /// <summary>The first <paramref name="count"/> arxiv-meta papers.</summary>
    public static IReadOnlyList<(string Title, string Abstract)> FirstPapers(int count) => ArxivPapers().Take(count).ToArray();

    /// <summary>One line of a seed dump in input/, 1-based, without a leading "Abstract:" marker.</summary>
    public static string SeedLine(string file, int line) =>
        File.ReadLines(Path.Combine(RepoPaths.Input, file)).ElementAt(line - 1).Replace("Abstract:", "", StringComparison.Ordinal).Trim();

    /// <summary>Papers with an abstract long enough to say what they are about (a few corpus abstracts are "No.").</summary>
    private static IEnumerable<(string Title, string Abstract)> ArxivPapers() =>
        CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta")
            .Where(record => record.Abstract is { Length: >= 200 })
            .Select(record => (record.Title, record.Abstract!));
}
