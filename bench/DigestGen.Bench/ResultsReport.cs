using System.Globalization;
using System.Text;

namespace DigestGen.Bench;

/// <summary>Writes the results as Markdown: the machine, then per size the stages, DigestGen beside Hugo and lunr.js, and the nightly build.</summary>
internal static class ResultsReport
{
    private static readonly string[] MeasuredStages = ["ingest", "merge", "compute", "curate", "render", "search"];

    public static string Markdown(MachineInfo machine, IReadOnlyList<SizeResult> results, IReadOnlyList<string> unfinished, DateTime started, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        Line(text, $"# DigestGen benchmark, {started:yyyy-MM-dd HH:mm} UTC");
        Line(text);
        Line(text, $"Machine: {machine.Cores} cores (`nproc`), {machine.MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB memory, {machine.CpuModel}; {machine.OperatingSystem}; {machine.DotNet}; "
            + $"{machine.Hugo ?? "hugo not installed"}; node {machine.Node ?? "not installed"}.");
        Line(text);
        Line(text, $"Load average (1, 5, 15 min) before the run: {loadBefore}; after: {loadAfter}. On a shared machine wall times "
            + "stretch with the load; CPU times (user + system) much less, so the ratios are given for both.");
        Line(text);
        Line(text, "Wall time, CPU time and peak memory are measured from outside each build (GNU time, the whole process); stage times from inside "
            + "(the pipeline's own stage report), with the process's peak resident memory during each stage. Pages = HTML files written. "
            + "\"Full\" builds start from an empty output folder with every cache warm (an unmeasured build of the same input ran first: embeddings, typeset math, topic history, Open Graph pictures); \"cold\" with no cache at all.");
        Line(text);

        Line(text, "## Summary");
        Line(text);
        Line(text, "| papers | DigestGen full: wall, CPU | peak | Hugo: wall, CPU | peak | DigestGen/Hugo: wall, CPU | memory DigestGen/Hugo | pages DigestGen / Hugo | pages/s DigestGen / Hugo | nightly / full | identical |");
        Line(text, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var warm = result.Warm;
            var hugo = result.Hugo;
            var repeated = result.SideBySide is { Rounds: > 1 } sideBySide ? sideBySide : null;
            var ratios = hugo is null ? "–"
                : repeated is not null ? $"{repeated.WallRatio:F2}, {repeated.CpuRatio:F2}"
                : hugo.Process.TimedOut ? $"< {warm.Outside.WallSeconds / hugo.Process.WallSeconds:F2}, –"
                : $"{warm.Outside.WallSeconds / hugo.Process.WallSeconds:F2}, {warm.Outside.CpuSeconds / hugo.Process.CpuSeconds:F2}";
            Line(text, $"| {result.Papers:N0} | {(repeated is null ? Times(warm.Outside) : Medians(repeated.DigestGenWall, repeated.DigestGenCpu))} | {Mb(warm.PeakBytes)} | "
                + $"{(hugo is null ? "–" : repeated is null ? Times(hugo.Process) : Medians(repeated.HugoWall, repeated.HugoCpu))} | {(hugo is null ? "–" : Mb(hugo.Process.PeakBytes))} | "
                + $"{ratios} | "
                + $"{(hugo is null || hugo.Process.TimedOut ? "–" : $"{(double)warm.PeakBytes / hugo.Process.PeakBytes:F2}")} | "
                + $"{warm.Output.HtmlPages:N0} / {(hugo is null ? "–" : hugo.Output.HtmlPages.ToString("N0", CultureInfo.InvariantCulture))} | "
                + $"{PagesPerSecond(warm.Output.HtmlPages, repeated?.DigestGenWall.Median ?? warm.Outside.WallSeconds)} / {(hugo is null ? "–" : PagesPerSecond(hugo.Output.HtmlPages, repeated?.HugoWall.Median ?? hugo.Process.WallSeconds))} | "
                + $"{(result.Nightly is { } night ? $"{night.Incremental.Outside.WallSeconds:F1} s / {night.Full.Outside.WallSeconds:F1} s = {night.Ratio:P0} (CPU {night.CpuRatio:P0})" : "–")} | "
                + $"{(result.Nightly is { } n ? (n.Differences.Count == 0 ? "yes" : $"no, {n.Differences.Count} files differ") : "–")} |");
        }

        SideBySideRuns(text, results);
        if (unfinished.Count > 0)
        {
            Line(text);
            Line(text, "Did not finish:");
            Line(text);
            foreach (var line in unfinished)
            {
                Line(text, "- " + line);
            }
        }

        ColdNightly(text, results);
        foreach (var result in results)
        {
            Line(text);
            Line(text, $"## {result.Papers:N0} papers");
            Line(text);
            Line(text, $"Input: {result.InputFiles:N0} dump files, {Mb(result.InputBytes)}. Merged into {result.Warm.Inside.Papers:N0} papers, "
                + $"{result.Warm.Inside.Authors:N0} authors, {result.Warm.Inside.Topics:N0} topics; {result.Warm.Inside.Problems:N0} problems reported.");
            Line(text);
            Line(text, $"Stage columns: wall, CPU. On a site of at most {new DigestGen.Model.ScaleLimits().LargeSitePapers:N0} papers (`--large-site`) search runs beside render: its wall time "
                + "overlaps render's, and its CPU is counted in render's column (a stage's CPU is the process's since the previous stage was reported).");
            Line(text);
            Line(text, "| build | wall, CPU | peak memory | " + string.Join(" | ", MeasuredStages) + " | files written | pages | output | avg page |");
            Line(text, "|---|---:|---:|" + string.Concat(MeasuredStages.Select(_ => "---:|")) + "---:|---:|---:|---:|");
            if (result.Cold is { } cold)
            {
                BuildRow(text, "DigestGen cold", cold);
            }

            BuildRow(text, "DigestGen full", result.Warm);
            if (result.Nightly is { } night)
            {
                BuildRow(text, $"DigestGen nightly +{night.NewPapers}", night.Incremental);
                BuildRow(text, "DigestGen full, same input", night.Full);
            }

            if (result.Hugo is { } hugo)
            {
                Line(text, $"| Hugo | {Times(hugo.Process)} | {Mb(hugo.Process.PeakBytes)} | " + string.Concat(MeasuredStages.Select(_ => "– | "))
                    + $"{hugo.Output.Files:N0} | {hugo.Output.HtmlPages:N0} | {Mb(hugo.Output.Bytes)} | {hugo.Output.AveragePageBytes / 1024.0:F1} KB |");
            }

            if (result.Nightly is { } embedding)
            {
                Line(text);
                Line(text, $"The nightly embedded {(embedding.Embedded is { } embedded ? $"{embedded:N0}" : "no")} new papers: its cache held the vectors yesterday's build had, "
                    + "not the night's (the shared vectors are copied without them); the full build of the same input found them in that cache.");
            }

            Line(text);
            Line(text, "Peak memory per stage (the process's peak resident set while that stage ran):");
            Line(text);
            Line(text, "| build | " + string.Join(" | ", MeasuredStages) + " |");
            Line(text, "|---|" + string.Concat(MeasuredStages.Select(_ => "---:|")));
            StagePeakRow(text, "DigestGen full", result.Warm);
            if (result.Nightly is { } nightPeaks)
            {
                StagePeakRow(text, "DigestGen nightly", nightPeaks.Incremental);
            }

            Line(text);
            Line(text, $"Output of the full build: {Mb(result.Warm.Output.Bytes)} in {result.Warm.Output.Files:N0} files: pages {Mb(result.Warm.Output.HtmlBytes)}, "
                + $"search index {Mb(result.Warm.Output.SearchBytes)}, feeds and sitemaps {Mb(result.Warm.Output.FeedBytes)}, data {Mb(result.Warm.Output.DataBytes)}.");
            Line(text);
            text.Append(KindTable(result.Warm.Output));
            if (result.Lunr is { } lunr)
            {
                var search = result.Warm.Inside.Stages.FirstOrDefault(stage => stage.Stage == "search");
                Line(text, $"Search index: DigestGen's search stage {(search is null ? "–" : $"{search.Seconds:F2} s")}; "
                    + $"lunr.js 2.3.9 (node, whole process) {Times(lunr)} and {Mb(lunr.PeakBytes)} peak for the same papers.");
            }

            if (result.Nightly is { Differences.Count: > 0 } differing)
            {
                Line(text, $"Nightly build differs from the full build in {differing.Differences.Count} files, e.g. "
                    + string.Join(", ", differing.Differences.Take(5).Select(path => $"`{path}`")) + ".");
            }
        }

        return text.ToString();
    }

    /// <summary>Where a site's bytes go, largest kind first, against GitHub Pages' 1 GB site limit.</summary>
    public static string KindTable(OutputMeasurement output)
    {
        var text = new StringBuilder();
        Line(text, $"| kind | files | bytes | share | average file |");
        Line(text, "|---|---:|---:|---:|---:|");
        foreach (var kind in output.ByKind)
        {
            Line(text, $"| {kind.Kind} | {kind.Files:N0} | {(kind.Bytes < 1_000_000 ? $"{kind.Bytes / 1e3:N0} KB" : Mb(kind.Bytes))} | {(double)kind.Bytes / output.Bytes:P1} | {kind.AverageBytes / 1024.0:F1} KB |");
        }

        Line(text, $"| **total** | {output.Files:N0} | {Mb(output.Bytes)} | {(output.Bytes > PagesSiteLimit ? "over" : "within")} GitHub Pages' 1 GB | {(output.Files == 0 ? 0 : output.Bytes / output.Files) / 1024.0:F1} KB |");
        return text.ToString();
    }

    /// <summary>GitHub Pages' published-site size limit.</summary>
    private const long PagesSiteLimit = 1_000_000_000;

    /// <summary>
    /// The full build and Hugo run in turns (`--repeat N`): each one's median, lowest and highest, the ratio of the medians,
    /// and every run in order, so a slow outlier on either side shows.
    /// </summary>
    private static void SideBySideRuns(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        var repeated = results.Where(result => result.SideBySide is { Rounds: > 1 }).ToList();
        if (repeated.Count == 0)
        {
            return;
        }

        Line(text);
        Line(text, "Where a size has several rounds (`--repeat`), its summary row gives medians: the full build (every cache warm, empty output folder) "
            + "and Hugo ran in turns, each into an empty folder, and the ratios are of the medians.");
        Line(text);
        Line(text, "| papers | rounds | DigestGen wall: median (min–max) | Hugo wall: median (min–max) | DigestGen/Hugo wall | DigestGen CPU: median (min–max) | Hugo CPU: median (min–max) | DigestGen/Hugo CPU | wall of each run, in order: DigestGen; Hugo |");
        Line(text, "|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in repeated)
        {
            var runs = result.SideBySide!;
            Line(text, $"| {result.Papers:N0} | {runs.Rounds} | {Range(runs.DigestGenWall)} | {Range(runs.HugoWall)} | {runs.WallRatio:F2} | "
                + $"{Range(runs.DigestGenCpu)} | {Range(runs.HugoCpu)} | {runs.CpuRatio:F2} | "
                + $"{string.Join(", ", runs.DigestGen.Select(run => run.WallSeconds.ToString("F1", CultureInfo.InvariantCulture)))}; "
                + $"{string.Join(", ", runs.Hugo.Select(run => run.WallSeconds.ToString("F1", CultureInfo.InvariantCulture)))} |");
        }
    }

    private static string Medians(Spread wall, Spread cpu) => $"{wall.Median:F1} s, {cpu.Median:F1} s (median of {wall.Count})";

    private static string Range(Spread spread) => $"{spread.Median:F2} s ({spread.Min:F2}–{spread.Max:F2})";

    /// <summary>The simulated nightly job on a fresh runner, step by step (scripts/nightly-sim.sh).</summary>
    private static void ColdNightly(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        var simulated = results.Where(result => result.ColdNightly is not null).ToList();
        if (simulated.Count == 0)
        {
            return;
        }

        var steps = simulated.SelectMany(result => result.ColdNightly!.Steps).Select(step => step.Name).Distinct().ToList();
        Line(text);
        Line(text, "## Cold nightly: the workflow on a fresh runner");
        Line(text);
        Line(text, "`scripts/nightly-sim.sh` with the next night's input and yesterday's build cache: wall seconds per step. Restoring the workflow's "
            + "caches (NuGet, npm, the build cache, the published CLI) is not simulated: here they are on disk already. "
            + "A night whose code changed runs every step; one whose code did not skips "
            + string.Join(" and ", Bench.ColdNightly.SkippedWhenCodeUnchanged) + " (the CLI comes from the tool cache).");
        Line(text);
        Line(text, "| papers | " + string.Join(" | ", steps) + " | code changed | code unchanged | caches a runner downloads |");
        Line(text, "|---:|" + string.Concat(steps.Select(_ => "---:|")) + "---:|---:|---|");
        foreach (var result in simulated)
        {
            var night = result.ColdNightly!;
            Line(text, $"| {result.Papers:N0} | " + string.Join(" | ", steps.Select(name => night.Steps.FirstOrDefault(step => step.Name == name) is { } step ? $"{step.Seconds:F1} s" : "–"))
                + $" | {night.CodeChangedSeconds:F1} s | {night.CodeUnchangedSeconds:F1} s | {night.Caches} |");
        }
    }

    private static void BuildRow(StringBuilder text, string label, DigestGenBuild build)
    {
        var stages = MeasuredStages.Select(name => build.Inside.Stages.FirstOrDefault(stage => stage.Stage == name) is { } stage ? $"{stage.Seconds:F2} s, {stage.CpuSeconds:F2} s" : "–");
        Line(text, $"| {label} | {Times(build.Outside)} | {Mb(build.PeakBytes)} | {string.Join(" | ", stages)} | "
            + $"{build.Inside.FilesWritten:N0} (+{build.Inside.FilesUnchanged:N0} unchanged, {build.Inside.FilesRemoved:N0} removed) | {build.Output.HtmlPages:N0} | {Mb(build.Output.Bytes)} | {build.Output.AveragePageBytes / 1024.0:F1} KB |");
    }

    private static void StagePeakRow(StringBuilder text, string label, DigestGenBuild build) =>
        Line(text, $"| {label} | " + string.Join(" | ", MeasuredStages.Select(name =>
            build.Inside.Stages.FirstOrDefault(stage => stage.Stage == name) is { } stage ? Mb(stage.PeakBytes) : "–")) + " |");

    private static string Times(ProcessMeasurement process) =>
        process.TimedOut ? $"> {process.WallSeconds:F0} s (stopped)" : $"{process.WallSeconds:F1} s, {process.CpuSeconds:F1} s";

    private static string PagesPerSecond(int pages, double seconds) => seconds <= 0 ? "–" : (pages / seconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1e6).ToString(bytes < 10_000_000 ? "N1" : "N0", CultureInfo.InvariantCulture) + " MB";

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
