using DigestGen.Compute;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ship;

/// <summary>
/// The nightly build: yesterday's site and caches are present, a new feed of papers arrives, and the rebuild must
/// give exactly the bytes a full build of the same input gives (into an empty output folder, with yesterday's caches,
/// which also remember topic ids from night to night), while leaving unchanged files alone.
/// </summary>
public sealed class NightlyBuildTests
{
    private const int SitePapers = 60;
    private const int NewPapers = 20;

    /// <summary>The seeds are a small site: a night's changes are a large share of it, so the fit is continued up to half.</summary>
    private static readonly RefitPolicy Continuing = new(ChangedShare: 0.5);

    [Fact]
    public void A_nightly_build_over_yesterdays_site_is_byte_identical_to_a_full_build_of_the_same_input()
    {
        using var work = new TempFolder();
        var papers = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Take(SitePapers + NewPapers).ToList();
        var yesterday = papers.Max(paper => paper.Date).AddDays(1);
        var today = yesterday.AddDays(1);
        var input = work.Combine("input");
        CorpusInputWriter.Write(input, papers[..SitePapers], yesterday.Year);
        var site = work.Combine("site");
        var cache = work.Combine("cache");
        var first = Build(input, site, cache, yesterday);

        var nextInput = work.Combine("input-next");
        FolderCopy.Run(input, nextInput);

        CorpusInputWriter.WriteNightlyFeed(nextInput, papers[SitePapers..], today);
        var fullCache = work.Combine("cache-full");
        FolderCopy.Run(cache, fullCache);
        var nightly = Build(nextInput, site, cache, today);
        var full = Build(nextInput, work.Combine("site-full"), fullCache, today);

        Assert.Empty(SiteDiff.Differences(site, work.Combine("site-full")));
        Assert.Equal(first.Papers + NewPapers, nightly.Papers);
        Assert.Equal(full.Papers, nightly.Papers);
        Assert.True(nightly.Written!.Unchanged > 0, "the nightly build rewrote every file; write-if-changed should leave unchanged pages alone");
    }

    [Fact]
    public void A_nightly_build_of_the_seeds_renders_only_what_changed_and_equals_a_full_build()
    {
        using var work = new TempFolder();
        var input = work.Combine("input");
        FolderCopy.Run(RepoPaths.Input, input);
        var yesterday = new DateOnly(2024, 6, 1);
        var site = work.Combine("site");
        var cache = work.Combine("cache");
        Build(input, site, cache, yesterday, refit: Continuing);

        // The next night: new papers arrive, an editor rewrites a note and a dump (with its papers) is gone.
        var today = yesterday.AddDays(1);
        CorpusInputWriter.WriteNightlyFeed(input, CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Take(NewPapers).ToList(), today);
        var note = Path.Combine(input, "overrides", "altup-editors-pick.md");
        File.WriteAllText(note, File.ReadAllText(note).Replace("**Why this matters:**", "**Why it matters:**", StringComparison.Ordinal));
        File.Delete(Directory.EnumerateFiles(input, "001_*.txt").Single());
        var fullCache = work.Combine("cache-full");
        FolderCopy.Run(cache, fullCache);
        var nightly = new StageSummaries();
        Build(input, site, cache, today, nightly, Continuing);
        var full = new StageSummaries();
        Build(input, work.Combine("site-full"), fullCache, today, full, Continuing);

        Assert.Empty(SiteDiff.Differences(site, work.Combine("site-full")));
        Assert.Contains("Why it matters:", File.ReadAllText(Path.Combine(site, "papers", "alternating-updates-for-efficient-transformers", "index.html")), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ pages \(\d+ kept: their views did not change, [1-9]\d* of them known by their inputs alone\)", nightly.Of["render"]);
        Assert.DoesNotContain("kept", full.Of["render"], StringComparison.Ordinal);
        Assert.Matches(@"^\d+ files \(\d+ files as parsed before: unchanged\)", nightly.Of["ingest"]);
        Assert.Contains(nightly.Notes, line => line.Contains("topics kept from the fit of 2024-06-01", StringComparison.Ordinal));
    }

    private static BuildReport Build(string input, string output, string cache, DateOnly asOf, IBuildReporter? reporter = null, RefitPolicy? refit = null) =>
        BuildPipeline.Build(
            new BuildSettings(input, output, asOf, RepoPaths.Theme, CacheDirectory: cache, NodeModulesDirectory: RepoPaths.NodeModules) { Refit = refit ?? RefitPolicy.Default },
            reporter ?? SilentReporter.Instance);

    /// <summary>Keeps each stage's summary line (how many pages render rendered and kept, how many dumps ingest parsed) and the build notes.</summary>
    private sealed class StageSummaries : IBuildReporter
    {
        public Dictionary<string, string> Of { get; } = [];

        public List<string> Notes { get; } = [];

        public void StageFinished(StageTiming timing, string summary) => Of[timing.Stage] = summary;

        public void Problem(DigestGen.Model.Diagnostic diagnostic)
        {
        }

        public void Note(string message) => Notes.Add(message);
    }
}
