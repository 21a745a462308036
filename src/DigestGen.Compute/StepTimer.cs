using System.Diagnostics;
using System.Globalization;

namespace DigestGen.Compute;

/// <summary>
/// Times the compute stage's steps (and the pipeline's after the stages) for one build note, so a slow step shows in
/// the build log: wall time, and the process's CPU time, which a busy machine inflates much less. Steps that run
/// beside each other (<see cref="Beside{T1, T2}"/>) keep their own wall time, and their pair is one entry with its CPU
/// time: the process's CPU time cannot be split between steps running at once.
/// </summary>
public sealed class StepTimer
{
    private readonly List<(string Step, TimeSpan Wall, TimeSpan? Cpu)> steps = [];

    /// <summary>Whether this timer is one lane of a pair, whose steps' CPU time is the pair's.</summary>
    private readonly bool lane;

    public StepTimer()
    {
    }

    private StepTimer(bool lane) => this.lane = lane;

    public T Time<T>(string step, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        steps.Add((step, clock.Elapsed, lane ? null : Process.GetCurrentProcess().TotalProcessorTime - cpu));
        return result;
    }

    public void Time(string step, Action work) => Time(step, () =>
    {
        work();
        return 0;
    });

    /// <summary>
    /// Runs two lanes of steps at once, the second on another thread, so a step that waits on the first (its input) does
    /// not keep the other core idle. Each lane times its own steps; both have finished when this returns, also when one
    /// of them threw. Results do not depend on the order the lanes run in: they share only what neither changes.
    /// </summary>
    public (T1 First, T2 Second) Beside<T1, T2>(Func<StepTimer, T1> first, Func<StepTimer, T2> second)
    {
        var firstLane = new StepTimer(lane: true);
        var secondLane = new StepTimer(lane: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (firstResult, secondResult) = SideBySide.Run(() => first(firstLane), () => second(secondLane));
        steps.Add(($"({firstLane.Steps()} | {secondLane.Steps()})", clock.Elapsed, lane ? null : Process.GetCurrentProcess().TotalProcessorTime - cpu));
        return (firstResult, secondResult);
    }

    /// <summary>
    /// "compute steps (wall/CPU s): vectors 0.41/0.52, words 1.20/1.31, …", or another name for the steps; steps that
    /// ran beside each other show as "(vectors 0.05 | words 0.16, tf-idf 0.05) 0.21/0.30": each one's wall time, then
    /// the pair's wall and CPU time.
    /// </summary>
    public string Summary(string steps = "compute steps") => steps + " (wall/CPU s): " + Steps();

    private string Steps() => string.Join(", ", steps.Select(step => step.Cpu is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Wall.TotalSeconds:F2}/{cpu.TotalSeconds:F2}")
        : string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Wall.TotalSeconds:F2}")));
}
