using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// The small real site every fuzz case starts from: two clean dumps of corpus papers (a feed and a trending list),
/// built in process by the real pipeline. Cases add a hostile dump or hostile overrides beside them; the clean
/// papers must come through whatever happens to the rest.
/// </summary>
internal static class FuzzSite
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Lazy<(List<CorpusRecord> Feed, List<CorpusRecord> Arxiv)> Pool = new(() =>
    (
        [.. CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Where(Usable).Take(120)],
        [.. CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta").Where(Usable).Take(120)]
    ));

    private static readonly Lazy<Dictionary<string, byte[]>> Clean = new(() => new(StringComparer.Ordinal)
    {
        ["a-clean-feed.txt"] = Encoding.UTF8.GetBytes(CorpusDumpWriter.PaperFeed(Pool.Value.Feed[..5], AsOf.Year)),
        ["b-clean-trending.txt"] = Encoding.UTF8.GetBytes(CorpusDumpWriter.TrendingList(Pool.Value.Arxiv[..5])),
    });

    /// <summary>(file, line) of every record in the clean dumps, as ingest reads them on their own.</summary>
    private static readonly Lazy<HashSet<(string File, int Line)>> CleanRecords = new(() =>
    [
        .. Clean.Value.SelectMany(file => IngestDumps.Parse(new InputFile(file.Key, file.Value, null), AsOf).Records.Select(record => (file.Key, record.Source.Line))),
    ]);

    /// <summary>
    /// npm packages for fuzz builds: lunr, and KaTeX in every fifth build (its node process costs a second), but not
    /// the embedding model (TF-IDF vectors keep builds fast).
    /// </summary>
    private static readonly Lazy<string> WithKatex = new(() => NodeModules("lunr", "katex"));

    private static readonly Lazy<string> WithoutKatex = new(() => NodeModules("lunr"));

    private static string NodeModules(params string[] packages)
    {
        // Per checkout: links left in /tmp by another clone (perhaps deleted since) must not stand in for this one's.
        var checkout = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RepoPaths.NodeModules)))[..12];
        var folder = Path.Combine(Path.GetTempPath(), "digestgen-fuzz-node-modules", checkout, string.Join('+', packages));
        Directory.CreateDirectory(folder);
        foreach (var package in packages)
        {
            var link = Path.Combine(folder, package);
            var target = Path.Combine(RepoPaths.NodeModules, package);
            if (new DirectoryInfo(link).LinkTarget != target)
            {
                if (new FileInfo(link).LinkTarget is not null)
                {
                    File.Delete(link);
                }

                Directory.CreateSymbolicLink(link, target);
            }
        }

        return folder;
    }

    /// <summary>Corpus papers no fuzz case copies into the clean dumps: raw material for hostile ones.</summary>
    public static IReadOnlyList<CorpusRecord> Material => [.. Pool.Value.Feed[5..], .. Pool.Value.Arxiv[5..]];

    /// <summary>Titles of the clean papers, for overrides that address them.</summary>
    public static IReadOnlyList<string> CleanTitles => [.. Pool.Value.Feed[..5].Concat(Pool.Value.Arxiv[..5]).Select(record => record.Title)];

    /// <summary>
    /// One fuzz build: the clean dumps, one hostile file per seed (named hostile-&lt;seed&gt;, in <paramref name="folder"/>
    /// of the input), the real pipeline into work/site, and every invariant checked on what it left.
    /// </summary>
    public static CaseResult BuildWithHostileFiles(
        IReadOnlyList<int> seeds, string work, string folder, string extension, Func<int, (byte[] Bytes, string Description)> make, bool cleanPapersShown)
    {
        var input = Path.Combine(work, "input");
        WriteCleanInput(input);
        var hostile = Directory.CreateDirectory(Path.Combine(input, folder)).FullName;
        var described = new List<string>();
        foreach (var seed in seeds)
        {
            var (bytes, description) = make(seed);
            var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"hostile-{seed}{extension}");
            File.WriteAllBytes(Path.Combine(hostile, name), bytes);
            described.Add($"  {Path.Combine(folder, name)}: {description}");
        }

        var site = Path.Combine(work, "site");
        var report = Build(input, site, seeds[0]);
        return new CaseResult(string.Join('\n', described), Check(report, site, cleanPapersShown));
    }

    /// <summary>The clean dumps alone, for tests that build their own case around them.</summary>
    public static void WriteCleanInput(string input)
    {
        Directory.CreateDirectory(input);
        foreach (var (name, bytes) in Clean.Value)
        {
            File.WriteAllBytes(Path.Combine(input, name), bytes);
        }
    }

    private static BuildReport Build(string input, string output, int firstSeed) =>
        BuildPipeline.Build(
            new BuildSettings(input, output, AsOf, RepoPaths.Theme, NodeModulesDirectory: (firstSeed / FuzzRun.BatchSize % 5 == 0 ? WithKatex : WithoutKatex).Value),
            SilentReporter.Instance);

    /// <summary>Every invariant of a finished in-process build; <paramref name="cleanPapersShown"/> unless overrides may hide them.</summary>
    private static IReadOnlyList<string> Check(BuildReport report, string output, bool cleanPapersShown)
    {
        var broken = new List<string>(SiteInvariants.Check(output));
        if (report.Stopped)
        {
            broken.Add("the build stopped: " + string.Join("; ", report.Diagnostics.Where(problem => problem.Severity == Severity.Error).Select(problem => problem.ToString())));
        }

        var papersJson = Path.Combine(output, "data", "papers.json");
        if (!File.Exists(papersJson))
        {
            broken.Add("data/papers.json was not written");
            return broken;
        }

        using var papers = JsonDocument.Parse(File.ReadAllBytes(papersJson));
        var seen = new Dictionary<(string File, int Line), string>();
        foreach (var paper in papers.RootElement.EnumerateArray())
        {
            foreach (var source in paper.GetProperty("sources").EnumerateArray())
            {
                seen[(source.GetProperty("file").GetString()!, source.GetProperty("line").GetInt32())] = paper.GetProperty("id").GetString()!;
            }
        }

        foreach (var record in CleanRecords.Value)
        {
            if (!seen.TryGetValue(record, out var id))
            {
                broken.Add($"the clean paper at {record.File}({record.Line}) is missing from data/papers.json");
            }
            else if (cleanPapersShown && !File.Exists(Path.Combine(output, "papers", id, "index.html")))
            {
                broken.Add($"the clean paper at {record.File}({record.Line}) has no page papers/{id}/");
            }
        }

        return broken;
    }

    private static bool Usable(CorpusRecord record) => record.Abstract is { Length: > 80 } && !record.Authors.IsEmpty;
}
