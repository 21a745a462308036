using DigestGen.Model;
using DigestGen.Pipeline;

namespace DigestGen.Bench;

/// <summary>Records each stage the pipeline reports, with the peak memory since the previous stage ended.</summary>
internal sealed class StageRecorder : IBuildReporter
{
    private readonly List<StageMeasurement> stages = [];

    public StageRecorder() => PerStagePeaks = PeakMemory.Reset();

    public IReadOnlyList<StageMeasurement> Stages => stages;

    public bool PerStagePeaks { get; }

    public int Problems { get; private set; }

    public void StageFinished(StageTiming timing, string summary)
    {
        stages.Add(new StageMeasurement(timing.Stage, timing.Elapsed.TotalSeconds, PeakMemory.Bytes(), summary));
        PeakMemory.Reset();
    }

    public void Problem(Diagnostic diagnostic) => Problems++;

    public void Note(string message)
    {
    }
}
