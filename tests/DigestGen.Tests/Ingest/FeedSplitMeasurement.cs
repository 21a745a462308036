using System.Text;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Merge;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Ingest;

/// <summary>
/// How often the feed splitter finds the exact title and author list on 20,000 real records (all of hf-daily, then
/// arxiv-meta, less the name lexicon's records), by record class. Results go to docs/merge.md.
/// </summary>
public sealed class FeedSplitMeasurement(ITestOutputHelper output)
{
    private const int RecordCount = 20_000;

    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [MeasurementFact]
    public void Exact_split_rate_by_record_class()
    {
        var papers = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily")
            .Concat(CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta"))
            .Where(paper => !string.IsNullOrEmpty(paper.Abstract) && !paper.Authors.IsEmpty && !NameLexiconRecords.Contains(paper))
            .Take(RecordCount)
            .ToList();
        var dump = IngestDumps.Parse(new InputFile("feed.txt", Encoding.UTF8.GetBytes(CorpusDumpWriter.PaperFeed(papers, AsOf.Year)), null), AsOf);
        Assert.Equal(papers.Count, dump.Records.Length);

        var tally = new SortedDictionary<string, (int Exact, int All)>(StringComparer.Ordinal);
        foreach (var (paper, record) in papers.Zip(dump.Records))
        {
            var exact = record.Title == Mojibake.Repair(paper.Title, out _) && record.Authors.SequenceEqual(paper.Authors.Take(CorpusDumpWriter.ShownAuthors).SelectMany(GeneratedDumpsFidelity.AsRepairedNames));
            var recordClass = FeedRecordClass.Of(paper);
            var (hits, all) = tally.GetValueOrDefault(recordClass);
            tally[recordClass] = (hits + (exact ? 1 : 0), all + 1);
            if (!exact)
            {
                output.WriteLine($"{recordClass}: {paper.Title} | {CorpusDumpWriter.ShownAuthorList(paper)}  →  {record.Title} | {string.Join(", ", record.Authors)}");
            }
        }

        foreach (var (recordClass, (exact, all)) in tally)
        {
            output.WriteLine($"| {recordClass} | {all} | {exact} | {100.0 * exact / all:F2} % |");
        }

        var degenerate = dump.Records.Count(record => record.Title!.Length < 8 && !papers.Any(paper => paper.Title == record.Title));
        output.WriteLine($"titles under 8 characters the dump did not have: {degenerate}");
        output.WriteLine($"splits reported unsure (DG0111): {dump.Diagnostics.Count(diagnostic => diagnostic.Code == DiagnosticCodes.UncertainAuthorSplit)}");
    }
}
