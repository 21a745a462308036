using Xunit.Abstractions;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// Generated hostile dumps (see <see cref="HostileDumps"/>) beside two clean ones, built by the real pipeline in
/// process, five hostile dumps to a build. 30 cases by default; DIGESTGEN_FUZZ_CASES=N for the long run.
/// </summary>
public sealed class DumpFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_hostile_dump_never_crashes_the_build_never_costs_another_files_papers_and_leaves_a_sound_site() =>
        FuzzRun.Cases("dumps", 30, output, (seeds, work) =>
            FuzzSite.BuildWithHostileFiles(seeds, work, "", ".txt", HostileDumps.Make, cleanPapersShown: true));
}
