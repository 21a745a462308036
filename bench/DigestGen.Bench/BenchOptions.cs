namespace DigestGen.Bench;

/// <summary>What to measure and where, from the command line.</summary>
internal sealed record BenchOptions(
    IReadOnlyList<int> Sizes,
    string CorpusDirectory,
    string WorkDirectory,
    string EmbeddingsDirectory,
    string ResultsDirectory,
    int NightlyPapers,
    bool ColdBuild,
    int HugoUpToPapers,
    bool Lunr,
    bool KeepWork,
    bool SimulateColdNightly,
    TimeSpan BuildLimit,
    int Repeat = 1);
