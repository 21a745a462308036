using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>Pages are never cut: a page past Scriban's default 1 Mi-character limit is whole, and a page that is not whole is an error, not a publish.</summary>
public sealed class CompletePagesTests
{
    [Fact]
    public void A_paper_with_a_1_2_MB_abstract_gets_a_complete_page()
    {
        var seed = global::DigestGen.Tests.Search.SeedDigest.Load();
        var huge = string.Join(' ', Enumerable.Repeat("Sparse attention scales to long documents.", 30_000)) + " The very last sentence.";
        Assert.True(huge.Length > 1_200_000);
        var paper = seed.Papers[0] with { Abstract = huge };

        var (sink, result) = RenderedSite.Render(seed with { Papers = [paper, .. seed.Papers.Skip(1)] });

        Assert.DoesNotContain(result.Problems, problem => problem.Severity == Severity.Error);
        var html = sink.ReadText($"papers/{paper.Id}/index.html");
        Assert.Contains("The very last sentence.", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_does_not_end_with_its_closing_tag_is_an_error_and_not_published()
    {
        using var theme = new TempFolder();
        FolderCopy.Run(RepoPaths.Theme, theme.Path);
        var layout = theme.Combine("templates", "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</html>", string.Empty, StringComparison.Ordinal));
        var digest = global::DigestGen.Tests.Search.SeedDigest.Load();

        var sink = new DigestGen.Output.MemoryOutputSink();
        var result = DigestGen.Render.RenderSite.Run(digest, new DigestGen.Render.RenderSettings(theme.Path, "/", null, null, "DigestGen"), sink);

        var incomplete = result.Problems.Where(problem => problem.Code == DiagnosticCodes.IncompletePage).ToList();
        Assert.NotEmpty(incomplete);
        Assert.All(incomplete, problem => Assert.Equal(Severity.Error, problem.Severity));
        Assert.Contains(incomplete, problem => problem.File == "index.html" && problem.Message.Contains("</html>", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Files.Keys, path => path.EndsWith(".html", StringComparison.Ordinal));
    }
}
