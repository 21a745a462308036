using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Ingest;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Merge;

/// <summary>The five seed dumps in input/, parsed by the real ingest stage (see <see cref="SeedDumps"/>), and their merge.</summary>
internal static class SeedMerge
{
    public static IReadOnlyList<ParsedDump> Dumps() =>
        [.. InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, SeedDumps.AsOf))];

    public static MergeResult Run() => MergePapers.Run(Dumps(), MergeOptions.TextOnly);
}
