using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Merge;

/// <summary>The five seed dumps in input/, parsed by the real ingest stage, as merge tests need them.</summary>
internal static class SeedMerge
{
    /// <summary>The as-of date the seeds were captured on (the profile and feed dates without a year are in 2025).</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    public static IReadOnlyList<ParsedDump> Dumps() =>
        [.. InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, AsOf))];

    public static MergeResult Run() => MergePapers.Run(Dumps(), MergeOptions.TextOnly);

    /// <summary>The dump whose file name starts with the seed's number, e.g. "003".</summary>
    public static string File(string number) =>
        Directory.EnumerateFiles(RepoPaths.Input, number + "_*").Select(Path.GetFileName).Single()!;
}
