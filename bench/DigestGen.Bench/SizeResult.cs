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
    NightlyResult? Nightly);

/// <summary>One DigestGen build: stages from inside, wall and peak memory from outside, and the site it wrote.</summary>
internal sealed record DigestGenBuild(BuildMeasurement Inside, ProcessMeasurement Outside, OutputMeasurement Output);

internal sealed record HugoBuild(ProcessMeasurement Process, OutputMeasurement Output);

/// <summary>The next night: an incremental build over yesterday's output against a full build of the same input.</summary>
internal sealed record NightlyResult(int NewPapers, DigestGenBuild Incremental, DigestGenBuild Full, IReadOnlyList<string> Differences)
{
    public double Ratio => Incremental.Outside.WallSeconds / Full.Outside.WallSeconds;

    public double CpuRatio => Incremental.Outside.CpuSeconds / Full.Outside.CpuSeconds;
}
