using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Tests.Merge;

/// <summary>Hand-built dumps for merge tests: records are written without a source and placed by <see cref="Dump"/>.</summary>
internal static class MergeInput
{
    private static readonly SourceRef Unplaced = new("unplaced", DumpShape.PaperFeed, 0);

    public static RawRecord Record(string? title, string? abstractText = null) =>
        new() { Source = Unplaced, Title = title, Abstract = abstractText };

    /// <summary>A dump whose n-th record (0-based) starts on line 1 + 5n.</summary>
    public static ParsedDump Dump(string file, DumpShape shape, params RawRecord[] records) =>
        new(file, shape, null, [.. records.Select((record, index) => record with { Source = new SourceRef(file, shape, 1 + (5 * index)) })], []);

    public static MergeResult MergeDumps(params ParsedDump[] dumps) => MergePapers.Run(dumps, MergeOptions.TextOnly);

    public static MergedPaper Single(this MergeResult result, string title) =>
        Assert.Single(result.Papers, paper => paper.Title == title);
}
