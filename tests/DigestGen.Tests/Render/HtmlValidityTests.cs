using System.Diagnostics;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>Every page of a built site passes html-validate (from node_modules) with the recommended rules.</summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public void Corpus_site_is_valid_html5()
    {
        using var folder = SiteOnDisk.Write(RenderedSite.CorpusSite);
        AssertValid(folder.Path, Sample(folder.Path));
    }

    /// <summary>Eight pages of each kind (paper, author, topic, day, listing…) keep this fast; the seed site is checked whole.</summary>
    private static IEnumerable<string> Sample(string folder) => Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .GroupBy(path => Path.GetRelativePath(folder, path).Split('/')[0])
        .SelectMany(kind => kind.Take(8));

    [Fact]
    public void A_large_site_with_topics_over_a_page_is_valid_html5()
    {
        // One-line topic and day pages, paper pages without a description, and a topic continued on numbered pages.
        var digest = CorpusDigest.Build(trending: 400, arxiv: 250);
        var topic = digest.Topics[0] with { PaperIds = [.. digest.Papers.Select(paper => paper.Id)] };
        var whole = digest with { Topics = [topic], Papers = [.. digest.Papers.Select(paper => paper with { TopicId = topic.Id })] };
        var (site, _) = RenderedSite.Render(whole, scale: new ScaleLimits(LargeSitePapers: 10));
        Assert.True(site.Files.ContainsKey($"topics/{topic.Id}/page/2/index.html"));
        using var folder = SiteOnDisk.Write(site);
        AssertValid(folder.Path, Sample(folder.Path));
    }

    [Fact]
    public void Seed_site_built_by_the_pipeline_is_valid_html5_with_no_broken_links()
    {
        var report = SeedSite.Report;
        // Without --base-url the build says its links are relative (DG0506). The seeds hold one abstract whose nested
        // $…$ KaTeX refuses (DG0505, a warning about the data): no theme error.
        Assert.Single(report.Diagnostics, problem => problem.Code == DiagnosticCodes.BaseUrlWithoutHost);
        Assert.DoesNotContain(report.Diagnostics, problem => problem.Code.StartsWith("DG05", StringComparison.Ordinal) && problem.Severity == Severity.Error);
        var sink = SeedSite.Files;
        Assert.True(sink.Files.ContainsKey("index.html"));
        using var output = SiteOnDisk.Write(sink);

        Assert.Empty(SiteLinks.Broken(sink));
        AssertValid(output.Path, Directory.EnumerateFiles(output.Path, "*.html", SearchOption.AllDirectories));
        // The rank stage's output reaches papers.json, and its first-seen dates the cache for the next night.
        using var papers = System.Text.Json.JsonDocument.Parse(sink.Files["data/papers.json"].Content);
        Assert.All(papers.RootElement.EnumerateArray(), paper =>
        {
            Assert.Equal("2026-11-23", paper.GetProperty("firstSeen").GetString());
            Assert.StartsWith("https://arxiv.org/", paper.GetProperty("links").GetProperty("paperUrl").GetString(), StringComparison.Ordinal);
            Assert.True(paper.GetProperty("trending").GetProperty("total").GetDouble() >= 0);
        });
        Assert.Contains(papers.RootElement.EnumerateArray(), paper => paper.GetProperty("links").GetProperty("codeUrl").GetString() == "https://github.com/nikhilvyas/SOAP");
        using var seen = System.Text.Json.JsonDocument.Parse(SeedSite.CacheFiles["first-seen.json"]);
        Assert.Equal(papers.RootElement.GetArrayLength(), seen.RootElement.GetProperty("papers").EnumerateObject().Count());
        var feeds = sink.Files.Keys.Where(path => path.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("feed.xml", feeds);
        Assert.All(feeds, feed => Assert.Empty(AtomRules.Violations(sink.ReadText(feed), requireAbsoluteLinks: false)));
    }

    private static void AssertValid(string siteFolder, IEnumerable<string> files)
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Render");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(fixtures, "html-validate.mjs"));
        start.ArgumentList.Add(Path.Combine(RepoPaths.NodeModules, "html-validate", "dist", "esm", "index.js"));
        start.ArgumentList.Add(Path.Combine(fixtures, "htmlvalidate.json"));
        var pages = files.Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        pages.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var problems = stdout.Result.Replace(siteFolder, string.Empty, StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, $"html-validate found problems in {pages.Count} pages:\n{Truncate(problems)}{stderr}");
    }

    private static string Truncate(string text) => text.Length > 6000 ? text[..6000] + "\n…" : text;
}
