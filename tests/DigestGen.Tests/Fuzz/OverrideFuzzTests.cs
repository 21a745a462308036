using System.Globalization;
using Xunit.Abstractions;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// Generated hostile override files (see <see cref="HostileOverrides"/>) over the clean fuzz site, built by the real
/// pipeline in process, five files to a build. 30 cases by default; DIGESTGEN_FUZZ_CASES=N for the long run.
/// </summary>
public sealed class OverrideFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void A_hostile_override_never_crashes_the_build_and_never_puts_an_unsafe_link_or_a_broken_page_on_the_site() =>
        FuzzRun.Cases("overrides", 30, output, (seeds, work) =>
        {
            var input = FuzzSite.InputFolder(work);
            FuzzSite.WriteCleanInput(input);
            var overrides = Directory.CreateDirectory(Path.Combine(input, "overrides")).FullName;
            var described = new List<string>();
            foreach (var seed in seeds)
            {
                var (bytes, description) = HostileOverrides.Make(seed, FuzzSite.CleanTitles);
                File.WriteAllBytes(Path.Combine(overrides, string.Create(CultureInfo.InvariantCulture, $"hostile-{seed}.md")), bytes);
                described.Add($"  overrides/hostile-{seed}.md: {description}");
            }

            var site = Path.Combine(work, "site");
            var report = FuzzSite.Build(input, site, seeds[0]);

            // Overrides may hide or retitle the clean papers; they must still be in the data.
            return new CaseResult(string.Join('\n', described), FuzzSite.Check(report, site, cleanPapersShown: false));
        });
}
