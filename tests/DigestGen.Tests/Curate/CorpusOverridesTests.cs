using System.Text;
using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Curate;

/// <summary>Overrides written against real papers of the corpus (hf-daily: titles, authors and code links as published).</summary>
public sealed class CorpusOverridesTests
{
    private const int Sample = 1500;

    /// <summary>The committed corpus sample holds 131 hf-daily code links.</summary>
    private const int CodeLinks = 100;

    private static readonly IReadOnlyList<CorpusRecord> Records = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Take(Sample).ToList();

    [Fact]
    public void Real_titles_are_found_whatever_their_case_spacing_and_punctuation()
    {
        var papers = Records.DistinctBy(record => PaperFinder.NormaliseTitle(record.Title))
            .Select((record, index) => new MergedPaper { Id = $"p{index}", Title = record.Title })
            .ToList();
        var finder = new PaperFinder(papers);

        var misses = papers
            .Where(paper => finder.Find(ByTitle(Garble(paper.Title))).Paper?.Id != paper.Id)
            .Select(paper => paper.Title)
            .ToList();

        Assert.True(papers.Count > Sample * 9 / 10, $"only {papers.Count} distinct titles");
        Assert.Empty(misses);
    }

    [Fact]
    public void Every_real_code_link_is_accepted_and_applied()
    {
        var withCode = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Where(record => record.CodeUrl is not null).Take(CodeLinks).ToList();
        var papers = withCode.Select((record, index) => new MergedPaper { Id = $"p{index}", Title = record.Title }).ToList();
        var files = withCode.Select((record, index) =>
            new InputFile($"overrides/{index:D3}.md", Encoding.UTF8.GetBytes($"---\npaper: p{index}\ncode: {record.CodeUrl}\n---\n"), null)).ToList();

        var result = StageRecords.Curate(new Digest(new DateOnly(2026, 11, 23), [.. papers.Select(StageRecords.Unplaced)], [], []), files);

        Assert.Equal(CodeLinks, withCode.Count);
        Assert.Empty(result.Diagnostics.Select(problem => problem.ToString()));
        Assert.All(result.Digest.Papers, paper => Assert.StartsWith("http", paper.CodeUrl, StringComparison.Ordinal));
    }

    /// <summary>How an editor might retype a title: other case, doubled spaces, a dash for a colon, no final full stop.</summary>
    private static string Garble(string title) =>
        title.ToUpperInvariant().Replace(": ", " - ", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal).TrimEnd('.');

    private static PaperOverride ByTitle(string title) => new("overrides/x.md", null, new Located(title, 2), null, []);
}
