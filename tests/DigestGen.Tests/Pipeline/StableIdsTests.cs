using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Pipeline;

/// <summary>An editor's decision survives the nights: a newcomer with a published paper's title never takes its id or undoes its override.</summary>
public sealed class StableIdsTests
{
    private const string Hidden = "alternating-updates-for-efficient-transformers";

    /// <summary>Another paper under the AltUp title: same slug, an unrelated abstract.</summary>
    private const string Namesake = """
        # publications

        ## 2025

        - ICLRAlternating Updates for Efficient Transformers
        *In International Conference on Learning Representations (ICLR)*, 2025We study how proteins fold in living cells and show that chaperone molecules change the folding path of large proteins. Using single-molecule force spectroscopy on twelve model proteins, we measure the energy landscape with and without chaperones and find that the chaperones lower specific barriers. Our results explain why some large proteins misfold when chaperones are scarce and suggest new targets for drugs against folding diseases.
        """;

    [Fact]
    public void A_newcomer_with_a_hidden_papers_title_gets_a_suffix_and_the_hidden_paper_stays_hidden()
    {
        using var work = new TempFolder();
        var seed = Directory.GetFiles(RepoPaths.Input, "001_*.txt").Single();
        work.Write(Path.Combine("input", Path.GetFileName(seed)), File.ReadAllText(seed));
        work.Write("input/overrides/hide.md", $"---\npaper: {Hidden}\nhide: true\n---\n");
        var site = work.Combine("site");
        var first = Build(work, site, new DateOnly(2026, 11, 23));
        Assert.Equal(0, first.Errors + first.Warnings);
        Assert.False(Directory.Exists(Path.Combine(site, "papers", Hidden)));

        work.Write("input/002_namesake.txt", Namesake);
        var next = Build(work, site, new DateOnly(2026, 11, 24));

        Assert.Equal(0, next.Errors + next.Warnings);
        Assert.Equal(first.Papers + 1, next.Papers);
        Assert.False(Directory.Exists(Path.Combine(site, "papers", Hidden)), "the hidden paper was published again");
        var newcomer = Assert.Single(Directory.GetDirectories(Path.Combine(site, "papers"), Hidden + "-*"));
        Assert.Contains("proteins fold", File.ReadAllText(Path.Combine(newcomer, "index.html")), StringComparison.Ordinal);
    }

    private static BuildReport Build(TempFolder work, string site, DateOnly asOf) =>
        BuildPipeline.Build(
            new BuildSettings(work.Combine("input"), site, asOf, RepoPaths.Theme, CacheDirectory: work.Combine("cache"), NodeModulesDirectory: RepoPaths.NodeModules),
            SilentReporter.Instance);
}
