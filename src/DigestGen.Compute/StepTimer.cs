using System.Diagnostics;
using System.Globalization;

namespace DigestGen.Compute;

/// <summary>
/// Times the compute stage's steps (and the pipeline's after the stages) for one build note, so a slow step shows in
/// the build log: wall time, and the process's CPU time, which a busy machine inflates much less.
/// </summary>
public sealed class StepTimer
{
    private readonly List<(string Step, TimeSpan Wall, TimeSpan Cpu)> steps = [];

    public T Time<T>(string step, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        steps.Add((step, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu));
        return result;
    }

    public void Time(string step, Action work) => Time(step, () =>
    {
        work();
        return 0;
    });

    /// <summary>"compute steps (wall/CPU s): vectors 0.41/0.52, words 1.20/1.31, …", or another name for the steps.</summary>
    public string Summary(string steps = "compute steps") => steps + " (wall/CPU s): " + string.Join(", ", this.steps.Select(step =>
        string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Wall.TotalSeconds:F2}/{step.Cpu.TotalSeconds:F2}")));
}
