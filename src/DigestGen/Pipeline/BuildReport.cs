using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Pipeline;

/// <summary>What a build or check did: per-file counts, totals, every problem, and what was written.</summary>
public sealed record BuildReport(
    ImmutableArray<FileReport> Files,
    int Papers,
    int Authors,
    int Topics,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StageTiming> Timings,
    WriteSummary? Written)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>
    /// True when an error stopped the build and nothing was published (see the Error diagnostics): an explicit request
    /// that cannot be met, or a theme, render or search error. The previous site is left as it was.
    /// </summary>
    public bool Stopped { get; init; }
}

public sealed record FileReport(string File, DumpShape? Shape, int Records);

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
