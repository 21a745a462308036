namespace DigestGen.Tests.Support;

/// <summary>Well-known folders: the repository root (where DigestGen.sln is), and the real paper corpus.</summary>
public static class RepoPaths
{
    /// <summary>The switch for the extended test run: read the full corpus and run the tests that need it.</summary>
    public const string FullCorpusVariable = "DIGESTGEN_FULL_CORPUS";

    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>
    /// The corpus the tests read: the sample committed in tests/corpus-sample (a fresh clone needs nothing beside it),
    /// or the full corpus when <see cref="FullCorpusVariable"/> is 1. The sample starts with the full files' first
    /// records, so "the first N records" are the same in both.
    /// </summary>
    public static string Corpus => FullCorpusRequested ? FullCorpus : CorpusSample;

    public static string CorpusSample => Path.Combine(Root, "tests", "corpus-sample");

    public static bool FullCorpusRequested => Environment.GetEnvironmentVariable(FullCorpusVariable) == "1";

    /// <summary>../shared/corpus beside the checkout (110,000 records, see its SOURCES.md): benchmarks and the extended run.</summary>
    public static string FullCorpus =>
        Directory.Exists(SharedCorpus)
            ? SharedCorpus
            : throw new DirectoryNotFoundException(
                $"The full corpus is not at {SharedCorpus}. Put the corpus folder (the .jsonl files and SOURCES.md) there, "
                + $"or run without {FullCorpusVariable}=1 to use the sample in tests/corpus-sample.");

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find DigestGen.sln above " + AppContext.BaseDirectory);
    }
}
