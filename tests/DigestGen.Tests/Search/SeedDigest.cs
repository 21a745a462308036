using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

public static class SeedDigest
{
    /// <summary>
    /// The seed site's papers: the merged papers of input/, or, while merge is not there yet, one paper per
    /// ingested record that has a title (the same real seed text either way).
    /// </summary>
    public static Digest Load()
    {
        var asOf = new DateOnly(2026, 11, 23);
        var dumps = InputReader.ReadDumps(RepoPaths.Input).Select(file => IngestDumps.Parse(file, asOf)).ToList();
        var merged = MergePapers.Run(dumps, MergeOptions.TextOnly);
        if (!merged.Papers.IsEmpty)
        {
            return new Digest(asOf, [.. merged.Papers.Select(StageRecords.Unplaced)], merged.Authors, []);
        }

        var records = dumps.SelectMany(dump => dump.Records).Where(record => record.Title is not null).ToList();
        var papers = records.Select((record, number) => new Paper
        {
            Id = $"seed-{number}",
            Title = record.Title!,
            Authors = record.Authors,
            Abstract = record.Abstract,
            Date = record.Date,
            Category = record.Category,
        });
        return new Digest(asOf, [.. papers], [], []);
    }
}
