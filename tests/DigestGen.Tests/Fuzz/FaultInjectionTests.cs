using System.Text;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// Faults a nightly job meets, injected into the real tool run as a process: kill -9 in the middle of a build, a second
/// build into the same output at the same time, an output folder that cannot be written. Each checks the exit code
/// is a documented one, nothing prints a stack trace, a failed build leaves the previous site byte for byte, and the
/// site in place is always whole (<see cref="SiteInvariants"/>).
/// </summary>
public sealed class FaultInjectionTests : IDisposable
{
    private readonly TempFolder work = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_build_killed_at_any_moment_leaves_a_whole_site_and_the_next_build_gives_what_a_clean_build_gives(int seed)
    {
        var (input, site, lastBuild) = PreviousSite();
        AddNewPapers(input);

        // Somewhere inside tonight's build, which has last night's work and more to do: a fixed range of delays would
        // miss it on a fast quiet machine and on a slow loaded one.
        var delay = (int)(lastBuild.TotalMilliseconds * (0.05 + (0.45 * new Random(seed).NextDouble())));

        using (var killed = CliRun.StartBuild(input, site))
        {
            Thread.Sleep(delay);
            if (killed.HasExited)
            {
                Assert.Fail($"seed {seed}: the build finished within {delay} ms, before the kill; the test needs a longer build");
            }

            killed.KillHard();
        }

        Assert.Empty(SiteInvariants.Check(site).Select(problem => $"seed {seed}, killed after {delay} ms: {problem}"));
        var clean = work.Combine("clean");
        if (Directory.Exists(Path.Combine(site, ".cache")))
        {
            FolderCopy.Run(Path.Combine(site, ".cache"), Path.Combine(clean, ".cache"));
        }

        var rebuilt = Build(input, site);
        var reference = Build(input, clean);
        Assert.Empty(rebuilt.Concat(reference));
        Assert.Empty(SiteInvariants.Check(site));
        Assert.Empty(SiteDiff.Differences(site, clean));
    }

    [Fact]
    public void Two_builds_into_one_output_at_once_end_with_documented_codes_and_leave_a_whole_site()
    {
        var (input, site, _) = PreviousSite();
        AddNewPapers(input);

        using var first = CliRun.StartBuild(input, site);
        using var second = CliRun.StartBuild(input, site);
        var (firstCode, firstPrinted) = first.Finish();
        var (secondCode, secondPrinted) = second.Finish();

        Assert.Empty(CliRun.Broken("the first build", firstCode, firstPrinted).Concat(CliRun.Broken("the second build", secondCode, secondPrinted)));
        Assert.True(firstCode == 0 || secondCode == 0, $"neither build published: {firstPrinted}\n{secondPrinted}");
        Assert.Empty(SiteInvariants.Check(site));
        Assert.Contains("Electric", File.ReadAllText(Path.Combine(site, "data", "papers.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_whose_output_cannot_be_written_fails_with_a_documented_code_and_leaves_the_previous_site()
    {
        var (input, site, _) = PreviousSite();
        AddNewPapers(input);
        // Root ignores permissions, so the fault is a file where the build needs a folder: the cache inside the output.
        Directory.Delete(Path.Combine(site, ".cache"), recursive: true);
        File.WriteAllText(Path.Combine(site, ".cache"), "not a folder");
        var previous = work.Combine("previous");
        FolderCopy.Run(site, previous);

        using var build = CliRun.StartBuild(input, site);
        var (code, printed) = build.Finish();

        Assert.Empty(CliRun.Broken("the build", code, printed));
        Assert.NotEqual(0, code);
        Assert.Empty(SiteDiff.Differences(site, previous));

        using var below = CliRun.StartBuild(input, Path.Combine(site, ".cache", "site"));
        var (belowCode, belowPrinted) = below.Finish();
        Assert.Empty(CliRun.Broken("the build below a file", belowCode, belowPrinted));
        Assert.NotEqual(0, belowCode);
    }

    public void Dispose() => work.Dispose();

    /// <summary>The clean fuzz input built once by the tool: the site a faulty build must not spoil.</summary>
    /// <summary>Last night's site, and how long its build took.</summary>
    private (string Input, string Site, TimeSpan Took) PreviousSite()
    {
        var input = work.Combine("input");
        FuzzSite.WriteCleanInput(input);
        var site = work.Combine("site");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(Build(input, site));
        return (input, site, clock.Elapsed);
    }

    /// <summary>Tonight's new papers: a feed of 40 more, so the next build has real work to be interrupted in.</summary>
    private static void AddNewPapers(string input)
    {
        var papers = FuzzSite.Material.Take(40).ToList();
        var text = CorpusDumpWriter.PaperFeed(papers, FuzzSite.AsOf.Year) + "\n" + CorpusDumpWriter.PaperFeed(
            [papers[0] with { Title = "Electric Sheep: A Dream Benchmark", Abstract = "We measure what androids dream of. " + papers[0].Abstract }], FuzzSite.AsOf.Year);
        File.WriteAllText(Path.Combine(input, "d-tonight.txt"), text, Encoding.UTF8);
    }

    /// <summary>A build that must succeed: what it broke, empty when it exited 0 without a stack trace.</summary>
    private static IReadOnlyList<string> Build(string input, string site)
    {
        using var run = CliRun.StartBuild(input, site);
        var (code, printed) = run.Finish();
        return [.. CliRun.Broken("build", code, printed), .. code == 0 ? [] : new[] { $"build exited {code}:\n{printed}" }];
    }
}
