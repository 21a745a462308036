namespace DigestGen.Bench;

/// <summary>One pipeline stage as a build reported it, with the process's CPU time and peak memory during that stage.</summary>
internal sealed record StageMeasurement(string Stage, double Seconds, double CpuSeconds, long PeakBytes, string Summary);

/// <summary>What one DigestGen build measured from inside (stages) and outside (wall, peak memory of the process).</summary>
internal sealed record BuildMeasurement(
    IReadOnlyList<StageMeasurement> Stages,
    double PipelineSeconds,
    int Papers,
    int Authors,
    int Topics,
    int Problems,
    int FilesWritten,
    int FilesUnchanged,
    int FilesRemoved,
    bool PerStagePeaks,
    IReadOnlyList<BuildNote> Notes);

/// <summary>A note the build printed (e.g. compute's step costs), with when it came: seconds and process CPU seconds since the build started, so time outside the stages shows where it went.</summary>
internal sealed record BuildNote(double Seconds, double CpuSeconds, string Message);

/// <summary>
/// A finished child process as GNU time measured it: wall time, peak resident memory, and CPU time (user + system),
/// which a busy machine inflates far less than wall time.
/// </summary>
internal sealed record ProcessMeasurement(double WallSeconds, long PeakBytes, double CpuSeconds, int ExitCode, string Output)
{
    /// <summary>Killed at the time limit: only <see cref="WallSeconds"/> (the limit) is known.</summary>
    public bool TimedOut { get; init; }
}

/// <summary>The files of a built site, counted by kind (caches excluded); <see cref="ByKind"/> largest first.</summary>
internal sealed record OutputMeasurement(int Files, long Bytes, int HtmlPages, long HtmlBytes, long SearchBytes, long FeedBytes, long DataBytes, IReadOnlyList<KindBytes> ByKind)
{
    public static readonly OutputMeasurement None = new(0, 0, 0, 0, 0, 0, 0, []);

    public long AveragePageBytes => HtmlPages == 0 ? 0 : HtmlBytes / HtmlPages;
}

/// <summary>The files of one kind of a built site (see <see cref="OutputKind"/>).</summary>
internal sealed record KindBytes(string Kind, int Files, long Bytes)
{
    public long AverageBytes => Files == 0 ? 0 : Bytes / Files;
}
