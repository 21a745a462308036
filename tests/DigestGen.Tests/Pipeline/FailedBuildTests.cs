using DigestGen.Cli;
using DigestGen.Output;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;
using Spectre.Console.Testing;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// A build that fails publishes nothing: the previous site stays whole, byte for byte and timestamp for timestamp, and
/// the exit code and one plain line say what happened. Built from one small seed dump (7 papers) to stay quick.
/// </summary>
public sealed class FailedBuildTests
{
    private const string AsOf = "2026-11-23";

    [Fact]
    public void A_template_typo_stops_the_build_with_exit_3_and_leaves_the_previous_site_untouched()
    {
        using var work = new TempFolder();
        var (input, site, before, theme) = PublishedSiteAndAThemeCopy(work);
        var paper = Path.Combine(theme, "templates", "paper.sbn");
        File.WriteAllText(paper, "{{ if }}" + File.ReadAllText(paper));
        string[] histories = [Path.Combine(site, ".cache", "paper-ids.json"), Path.Combine(site, ".cache", "topics.json")];
        var remembered = histories.Select(File.ReadAllText).ToList();
        work.Write("input/002_more.txt", "# publications\n\n## 2025\n\n- ICLRA Paper That Arrives on the Failed Night\n*In International Conference on Learning Representations (ICLR)*, 2025We study a question nobody asked before and answer it with a method nobody used before, on data nobody collected before.\n");

        var code = Build(input, site, out var output, "--theme", theme);

        Assert.Equal((int)ExitCode.BuildStopped, code);
        Assert.Contains("error DG0501", output, StringComparison.Ordinal);
        Assert.Contains("nothing was published", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
        Assert.Equal(remembered, histories.Select(File.ReadAllText));
        Assert.False(Directory.Exists(Path.Combine(WorkFolder.For(site), "staging")));
    }

    [Fact]
    public void A_failed_build_leaves_the_cache_as_it_was()
    {
        using var work = new TempFolder();
        var (input, site) = SmallSite(work);
        work.Write("input/002_math.txt", "# publications\n\n## 2025\n\n- ICLRA Bound on $x^2$ Losses\n*In International Conference on Learning Representations (ICLR)*, 2025We bound every loss we tried by $x^2 + y^2$ and show the bound is tight on the data we collected.\n");
        var theme = work.Combine("theme");
        FolderCopy.Run(RepoPaths.Theme, theme);
        var paper = Path.Combine(theme, "templates", "paper.sbn");
        File.WriteAllText(paper, "{{ if }}" + File.ReadAllText(paper));
        var cache = work.Combine("cache");

        Assert.Equal((int)ExitCode.BuildStopped, Build(input, site, out _, "--theme", theme, "--cache", cache));
        // Typeset math (and topic centroids) were written midway before; now only a published build writes caches.
        var left = Directory.Exists(cache) ? Directory.GetFiles(cache).Select(Path.GetFileName).ToList() : [];
        Assert.DoesNotContain(left, name => name!.StartsWith("katex-", StringComparison.Ordinal));

        Assert.Equal((int)ExitCode.Ok, Build(input, site, out _, "--cache", cache));
        Assert.Contains("katex-mathml.json", Directory.GetFiles(cache).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_5_and_publishes_nothing()
    {
        using var work = new TempFolder();
        var (input, site, before, theme) = PublishedSiteAndAThemeCopy(work);

        // A theme that ships its own lunr.min.js collides with the one search adds: an exception no stage expects.
        work.Write("theme/assets/js/lunr.min.js", "/* lunr */");
        var code = Build(input, site, out var output, "--theme", theme);

        Assert.Equal((int)ExitCode.InternalError, code);
        var last = output.Trim().Split('\n')[^1];
        Assert.StartsWith("internal error: InvalidOperationException: Two stages produced the same output file 'assets/js/lunr.min.js'", last, StringComparison.Ordinal);
        Assert.Contains("DIGESTGEN_DEBUG=1", last, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void A_missing_search_library_is_counted_and_stops_the_build_before_anything_is_published()
    {
        using var work = new TempFolder();
        var (input, site) = SmallSite(work);
        var settings = new BuildSettings(input, site, DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), RepoPaths.Theme,
            CacheDirectory: work.Combine("cache"), NodeModulesDirectory: work.Combine("no-node-modules"));

        var report = BuildPipeline.Build(settings, SilentReporter.Instance);

        Assert.True(report.Stopped);
        Assert.Contains(report.Diagnostics, problem => problem.Code == "DG0601");
        Assert.True(report.Errors >= 1);
        Assert.False(Directory.Exists(site), "a build whose search page cannot work publishes nothing");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_one_line_and_exit_4()
    {
        using var work = new TempFolder();
        var (input, _) = SmallSite(work);
        var blocker = work.Write("a-file", "not a folder");

        var code = Build(input, Path.Combine(blocker, "site"), out var output);

        Assert.Equal((int)ExitCode.Environment, code);
        Assert.StartsWith("error: ", output.Trim(), StringComparison.Ordinal);
        Assert.Single(output.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_into_an_output_folder_another_build_holds_refuses_with_exit_4_naming_its_pid()
    {
        using var work = new TempFolder();
        var (input, site) = SmallSite(work);
        using var other = OutputLock.Acquire(site, TimeSpan.Zero, _ => { });

        var code = Build(input, site, out var output, "--lock-wait", "0");

        Assert.Equal((int)ExitCode.Environment, code);
        Assert.Contains($"build pid {Environment.ProcessId}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public async Task Two_builds_into_one_output_folder_at_once_both_succeed_one_after_the_other_and_leave_a_whole_site()
    {
        using var work = new TempFolder();
        var (input, site) = SmallSite(work);

        var codes = await Task.WhenAll(
            Task.Run(() => Build(input, site, out _, "--lock-wait", "300")),
            Task.Run(() => Build(input, site, out _, "--lock-wait", "300")));

        Assert.Equal([0, 0], codes);
        foreach (var file in new[] { "index.html", "search/index.json", "search/manifest.json", "data/papers.json", "data/problems.json", "assets/js/lunr.min.js" })
        {
            Assert.True(File.Exists(Path.Combine(site, file)), $"{file} is missing after two concurrent builds");
        }
    }

    [Fact]
    public void A_cache_configured_inside_the_output_folder_survives_the_next_build()
    {
        using var work = new TempFolder();
        var (input, site) = SmallSite(work);
        var cache = Path.Combine(site, "state");
        Assert.Equal((int)ExitCode.Ok, Build(input, site, out _, "--cache", cache));
        var cached = Directory.GetFiles(cache, "*", SearchOption.AllDirectories);
        work.Write("site/state/notes.txt", "kept");

        Assert.Equal((int)ExitCode.Ok, Build(input, site, out _, "--cache", cache));

        Assert.NotEmpty(cached);
        Assert.All(cached, file => Assert.True(File.Exists(file), $"{file} was removed as stale"));
        Assert.True(File.Exists(Path.Combine(cache, "notes.txt")));
    }

    [Fact]
    public void Unexpected_exceptions_are_internal_errors_and_file_faults_environment_failures()
    {
        Assert.Equal(ExitCode.InternalError, Failure.Describe(new InvalidOperationException("boom\n  at somewhere")).Code);
        Assert.DoesNotContain('\n', Failure.Describe(new InvalidOperationException("boom\n  at somewhere")).Message);
        Assert.Equal(ExitCode.Environment, Failure.Describe(new AggregateException(new IOException("No space left on device"))).Code);
        Assert.Equal(ExitCode.Environment, Failure.Describe(new UnauthorizedAccessException("Access to the path is denied")).Code);
    }

    /// <summary>A small site built once (its files as published) and a copy of the theme for the test to break.</summary>
    private static (string Input, string Site, List<string> Published, string Theme) PublishedSiteAndAThemeCopy(TempFolder work)
    {
        var (input, site) = SmallSite(work);
        Assert.Equal((int)ExitCode.Ok, Build(input, site, out _));
        var theme = work.Combine("theme");
        FolderCopy.Run(RepoPaths.Theme, theme);
        return (input, site, Snapshot(site), theme);
    }

    private static (string Input, string Site) SmallSite(TempFolder work)
    {
        var seed = Directory.GetFiles(RepoPaths.Input, "001_*.txt").Single();
        work.Write(Path.Combine("input", Path.GetFileName(seed)), File.ReadAllText(seed));
        return (work.Combine("input"), work.Combine("site"));
    }

    private static int Build(string input, string site, out string output, params string[] extra)
    {
        using var console = new TestConsole();
        console.Profile.Width = 1000;
        string[] theme = extra.Contains("--theme") ? [] : ["--theme", RepoPaths.Theme];
        var code = CommandLine.Run(["build", "--input", input, "--output", site, .. theme, "--as-of", AsOf, .. extra], console);
        output = console.Output;
        return code;
    }

    /// <summary>Every file of the site with its bytes and its timestamp.</summary>
    private static List<string> Snapshot(string site) =>
        [.. Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}.cache{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => $"{Path.GetRelativePath(site, path)} {File.GetLastWriteTimeUtc(path):O} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))}")];
}
