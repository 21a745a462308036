using System.Globalization;
using DigestGen.Tests.Support;

namespace DigestGen.Bench;

/// <summary>One step of the simulated nightly job on a fresh runner, as scripts/nightly-sim.sh timed it.</summary>
internal sealed record NightlyStep(string Name, double Seconds, string What);

/// <summary>The simulated night: its steps, and the sizes of the caches a runner would download first.</summary>
internal sealed record ColdNightly(IReadOnlyList<NightlyStep> Steps, string Caches)
{
    /// <summary>Steps a night whose code did not change skips: the published CLI comes from the workflow's cache.</summary>
    public static readonly IReadOnlyList<string> SkippedWhenCodeUnchanged = ["restore", "publish"];

    public double CodeChangedSeconds => Steps.Sum(step => step.Seconds);

    public double CodeUnchangedSeconds => Steps.Where(step => !SkippedWhenCodeUnchanged.Contains(step.Name)).Sum(step => step.Seconds);
}

/// <summary>
/// The cold nightly: scripts/nightly-sim.sh clones the repository, restores, bootstraps, publishes the CLI and builds
/// the next night's input with yesterday's cache restored, timing each step as the workflow would run it.
/// </summary>
internal static class NightlySimulation
{
    public static ColdNightly Run(string input, string cache, DateOnly asOf, string work, TimeSpan limit)
    {
        var script = Path.Combine(RepoPaths.Root, "scripts", "nightly-sim.sh");
        var process = TimedProcess.Run(script,
            ["--input", input, "--cache", cache, "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--work", work],
            RepoPaths.Root, limit);
        if (process.TimedOut || process.ExitCode != 0)
        {
            throw new BenchFailedException($"the cold nightly simulation {(process.TimedOut ? $"did not finish within {limit.TotalMinutes:F0} minutes" : $"failed with exit code {process.ExitCode}")}:\n{process.Output}");
        }

        return Parse(process.Output);
    }

    /// <summary>The script's report lines among its progress output: "step", name, seconds, what; "caches", sizes (tab-separated).</summary>
    public static ColdNightly Parse(string output)
    {
        var steps = new List<NightlyStep>();
        var caches = "–";
        foreach (var fields in output.Split('\n').Select(line => line.Split('\t')))
        {
            if (fields is ["step", var name, var seconds, var what])
            {
                steps.Add(new NightlyStep(name, double.Parse(seconds, CultureInfo.InvariantCulture), what));
            }
            else if (fields is ["caches", var sizes])
            {
                caches = sizes;
            }
        }

        return new ColdNightly(steps, caches);
    }
}
