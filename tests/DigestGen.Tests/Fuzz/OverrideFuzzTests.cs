using Xunit.Abstractions;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// Generated hostile override files (see <see cref="HostileOverrides"/>) over the clean fuzz site, built by the real
/// pipeline in process, five files to a build. 30 cases by default; DIGESTGEN_FUZZ_CASES=N for the long run.
/// </summary>
public sealed class OverrideFuzzTests(ITestOutputHelper output)
{
    // Overrides may hide or retitle the clean papers, so only their presence in the data is checked, not their pages.
    [Fact]
    public void A_hostile_override_never_crashes_the_build_and_never_puts_an_unsafe_link_or_a_broken_page_on_the_site() =>
        FuzzRun.Cases("overrides", 30, output, (seeds, work) =>
            FuzzSite.BuildWithHostileFiles(seeds, work, "overrides", ".md", seed => HostileOverrides.Make(seed, FuzzSite.CleanTitles), cleanPapersShown: false));
}
