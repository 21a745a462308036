using System.Collections.Frozen;

namespace DigestGen.Tests.Support;

/// <summary>
/// The corpus records the name lexicon the build ships (src/DigestGen/Ingest/NameWords.txt) is made from: the
/// arxiv-meta and hf-daily records whose arXiv id ends in 0 or 5 (about a fifth of each), less those in the committed
/// sample. The measurements that judge the feed splitter (<c>GeneratedDumpsFidelity</c>,
/// <c>FeedSplitMeasurement</c>) never draw them, so a drawn paper's own authors are never in the lexicon because
/// the paper was drawn: the lexicon knows them only as a real build's would, from their other papers.
/// </summary>
public static class NameLexiconRecords
{
    private static readonly string[] Files = ["arxiv-meta", "hf-daily"];

    private static readonly Lazy<FrozenSet<(string, string?)>> Sample = new(() =>
        Files.SelectMany(file => CorpusReader.ReadFile(RepoPaths.CorpusSample, file)).Select(Key).ToFrozenSet());

    public static bool Contains(CorpusRecord record) =>
        Files.Contains(record.Source) && record.ArxivId is [.., '0' or '5'] && !Sample.Value.Contains(Key(record));

    /// <summary>The lexicon's records, from the full corpus.</summary>
    public static IEnumerable<CorpusRecord> Read() => Files.SelectMany(file => CorpusReader.ReadFile(RepoPaths.FullCorpus, file)).Where(Contains);

    private static (string, string?) Key(CorpusRecord record) => (record.Source, record.ArxivId);
}
