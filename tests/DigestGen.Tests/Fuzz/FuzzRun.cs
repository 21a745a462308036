using System.Globalization;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// Runs numbered fuzz cases, each made from its own seed, and fails once at the end with every broken build: its
/// seeds, what they did and where the input was kept. A build takes <see cref="BatchSize"/> consecutive cases side by
/// side (a site build costs seconds, a case's own work milliseconds), so a batch is replayed by its first seed and
/// size: DIGESTGEN_FUZZ_SEED=&lt;first&gt; DIGESTGEN_FUZZ_CASES=&lt;batch&gt; DIGESTGEN_FUZZ_BATCH=&lt;batch&gt;.
/// DIGESTGEN_FUZZ_CASES sets the cases per fuzz test (the long run).
/// </summary>
internal static class FuzzRun
{
    public const string CasesVariable = "DIGESTGEN_FUZZ_CASES";

    public const string SeedVariable = "DIGESTGEN_FUZZ_SEED";

    public const string BatchVariable = "DIGESTGEN_FUZZ_BATCH";

    /// <summary>Cases per build: 5, or DIGESTGEN_FUZZ_BATCH (the long run takes more at once).</summary>
    public static int BatchSize { get; } = Setting(BatchVariable) ?? 5;

    /// <summary>Where a failing case's input is copied; kept after the run so it can be read and replayed.</summary>
    public static string FailuresFolder { get; } = Path.Combine(Path.GetTempPath(), "digestgen-fuzz-failures");

    /// <summary>
    /// Runs the cases. <paramref name="runBatch"/> gets a batch of seeds and an empty work folder, writes its input under
    /// work/input, builds, and returns what broke (empty when every invariant held); an exception it lets out is a
    /// failure too.
    /// </summary>
    public static void Cases(string name, int defaultCount, ITestOutputHelper output, Func<IReadOnlyList<int>, string, CaseResult> runBatch)
    {
        var count = Setting(CasesVariable) ?? defaultCount;
        var first = Setting(SeedVariable) ?? 1;
        var failures = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var start = first; start < first + count; start += BatchSize)
        {
            var seeds = Enumerable.Range(start, Math.Min(BatchSize, first + count - start)).ToList();
            using var work = new TempFolder();
            CaseResult result;
            try
            {
                result = runBatch(seeds, work.Path);
            }
            catch (Exception e)
            {
                result = new CaseResult("(an exception escaped the build)", [$"unhandled {e.GetType().Name}: {e.Message}\n{Frames(e)}"]);
            }

            if (result.Broken.Count > 0)
            {
                failures.Add(Report(name, seeds, result, work.Path));
            }
        }

        output.WriteLine($"{name}: {count} cases from seed {first} in builds of {BatchSize}, {failures.Count} builds broke an invariant, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0,
            $"{failures.Count} {name} builds of {count} cases broke an invariant (replay one: {SeedVariable}=<first seed> {CasesVariable}={BatchSize} {BatchVariable}={BatchSize}):\n\n"
            + string.Join("\n\n", failures.Take(20)));
    }

    private static string Report(string name, IReadOnlyList<int> seeds, CaseResult result, string work)
    {
        var kept = Path.Combine(FailuresFolder, name, seeds[0].ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(Path.Combine(work, "input")))
        {
            if (Directory.Exists(kept))
            {
                Directory.Delete(kept, recursive: true);
            }

            FolderCopy.Run(Path.Combine(work, "input"), kept);
        }

        return $"seeds {seeds[0]}–{seeds[^1]}, input kept in {kept}:\n{result.Description}\n  broken: " + string.Join("\n  broken: ", result.Broken.Take(8).Select(problem => problem.Length > 1500 ? problem[..1500] + "…" : problem));
    }

    /// <summary>The throwing frame and the project's own frames: enough to find the bug, short enough to read.</summary>
    private static string Frames(Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n', StringSplitOptions.TrimEntries);
        return string.Join("\n    ", frames.Take(1).Concat(frames.Skip(1).Where(frame => frame.StartsWith("at DigestGen.", StringComparison.Ordinal) && !frame.StartsWith("at DigestGen.Tests.", StringComparison.Ordinal)).Take(6)));
    }

    private static int? Setting(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>One build's outcome: what its cases fed it, and every invariant it broke.</summary>
internal sealed record CaseResult(string Description, IReadOnlyList<string> Broken);
