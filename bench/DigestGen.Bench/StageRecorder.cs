using System.Diagnostics;
using DigestGen.Model;
using DigestGen.Pipeline;

namespace DigestGen.Bench;

/// <summary>
/// Records each stage the pipeline reports, with the CPU time and peak memory since the previous stage ended, and
/// hands the stages so far to <paramref name="onStage"/> (so a build stopped at a time limit still shows how far it got);
/// keeps the build's notes with the time each came.
/// </summary>
internal sealed class StageRecorder(Action<IReadOnlyList<StageMeasurement>> onStage) : IBuildReporter
{
    private readonly List<StageMeasurement> stages = [];
    private readonly List<BuildNote> notes = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan cpuAtLastStage = Process.GetCurrentProcess().TotalProcessorTime;

    public bool PerStagePeaks { get; } = PeakMemory.Reset();

    public IReadOnlyList<StageMeasurement> Stages => stages;

    public int Problems { get; private set; }

    public IReadOnlyList<BuildNote> Notes => notes;

    public void StageFinished(StageTiming timing, string summary)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        stages.Add(new StageMeasurement(timing.Stage, timing.Elapsed.TotalSeconds, (cpu - cpuAtLastStage).TotalSeconds, PeakMemory.Bytes(), summary));
        cpuAtLastStage = cpu;
        PeakMemory.Reset();
        onStage(stages);
    }

    public void Problem(Diagnostic diagnostic) => Problems++;

    public void Note(string message) =>
        notes.Add(new BuildNote(clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds, message));
}
