using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestGen.Bench;

/// <summary>Everything measured for one site size.</summary>
internal sealed record SizeResult(
    int Papers,
    int InputFiles,
    long InputBytes,
    DigestGenBuild? Cold,
    DigestGenBuild Warm,
    HugoBuild? Hugo,
    ProcessMeasurement? Lunr,
    NightlyResult? Nightly,
    ColdNightly? ColdNightly)
{
    /// <summary>The full build and Hugo measured in turns (`--repeat`); null where Hugo did not run.</summary>
    public SideBySide? SideBySide { get; init; }
}

/// <summary>One DigestGen build: stages from inside, wall and peak memory from outside, and the site it wrote.</summary>
internal sealed record DigestGenBuild(BuildMeasurement Inside, ProcessMeasurement Outside, OutputMeasurement Output)
{
    /// <summary>
    /// The build's peak resident memory: the highest of GNU time's figure and the stages' own peaks. Resetting the
    /// peak for each stage (/proc/self/clear_refs) also resets what the kernel later reports to GNU time, which then
    /// only sees the peak since the last reset.
    /// </summary>
    public long PeakBytes => Math.Max(Outside.PeakBytes, Inside.Stages.Count == 0 ? 0 : Inside.Stages.Max(stage => stage.PeakBytes));
}

internal sealed record HugoBuild(ProcessMeasurement Process, OutputMeasurement Output);

/// <summary>
/// The full build (every cache warm, empty output folder) and Hugo on the same papers, run in turns as many times as
/// `--repeat` says: medians compared, since either's wall time on a shared machine moves from run to run.
/// </summary>
internal sealed record SideBySide(IReadOnlyList<ProcessMeasurement> DigestGen, IReadOnlyList<ProcessMeasurement> Hugo)
{
    public int Rounds => DigestGen.Count;

    public Spread DigestGenWall => Spread.Of(DigestGen.Select(run => run.WallSeconds));

    public Spread DigestGenCpu => Spread.Of(DigestGen.Select(run => run.CpuSeconds));

    public Spread HugoWall => Spread.Of(Hugo.Select(run => run.WallSeconds));

    public Spread HugoCpu => Spread.Of(Hugo.Select(run => run.CpuSeconds));

    /// <summary>DigestGen's median wall time over Hugo's: the issue's target is at most 1.0 at 1,000 papers.</summary>
    public double WallRatio => DigestGenWall.Median / HugoWall.Median;

    public double CpuRatio => DigestGenCpu.Median / HugoCpu.Median;
}

/// <summary>The next night: an incremental build over yesterday's output against a full build of the same input.</summary>
internal sealed partial record NightlyResult(int NewPapers, DigestGenBuild Incremental, DigestGenBuild Full, IReadOnlyList<string> Differences)
{
    public double Ratio => Incremental.Outside.WallSeconds / Full.Outside.WallSeconds;

    public double CpuRatio => Incremental.Outside.CpuSeconds / Full.Outside.CpuSeconds;

    /// <summary>How many papers the nightly embedded, from its "embedded N new papers" note; null when it printed none (no model).</summary>
    public int? Embedded => Incremental.Inside.Notes
        .Select(note => EmbeddedNote().Match(note.Message))
        .FirstOrDefault(match => match.Success) is { } found ? int.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^embedded (\d+) new papers")]
    private static partial Regex EmbeddedNote();
}
