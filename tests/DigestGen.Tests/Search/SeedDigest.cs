using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

public static class SeedDigest
{
    /// <summary>The seed site's papers and authors: what merge makes of input/ (text only, no embeddings).</summary>
    public static Digest Load()
    {
        var asOf = new DateOnly(2026, 11, 23);
        var dumps = InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, asOf)).ToList();
        var merged = MergePapers.Run(dumps, MergeOptions.TextOnly);
        return new Digest(asOf, [.. merged.Papers.Select(StageRecords.Unplaced)], merged.Authors, []);
    }
}
