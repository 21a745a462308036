using System.Globalization;
using System.Text.Json;
using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Computing;
using DigestGen.Ingest;
using DigestGen.Merge;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Bench;

/// <summary>
/// Runs the benchmark for each size: writes the input dumps from real papers, builds the site with DigestGen
/// (cold, then with cached embeddings), the same papers with Hugo and their search index with lunr.js, and the
/// next night incrementally against a full build of the same input; the night embeds its new papers, as a real one does.
/// </summary>
internal sealed class BenchRun(BenchOptions options, TextWriter log)
{
    /// <summary>The cold nightly is simulated up to this size: above it, the clone's build is the full build measured, plus copying gigabytes of cache.</summary>
    private const int MaxSimulatedPapers = 10_000;

    private readonly List<string> unfinished = [];

    /// <summary>What the harness is doing now, so a file or folder that is not there is reported with the step that needed it.</summary>
    private string step = "starting";

    /// <summary>One line per size that did not finish (a tool failed or hit the time limit), saying how far it got.</summary>
    public IReadOnlyList<string> Unfinished => unfinished;

    public IReadOnlyList<SizeResult> Run()
    {
        log.WriteLine($"Reading the corpus from {options.CorpusDirectory} ...");
        var corpus = BenchCorpus.Load(options.CorpusDirectory);
        var results = new List<SizeResult>();
        foreach (var size in options.Sizes)
        {
            try
            {
                results.Add(RunSize(corpus, size));
            }
            catch (BenchFailedException failure)
            {
                log.WriteLine($"[{size}] did not finish: {failure.Message}");
                unfinished.Add($"{size:N0} papers: {failure.Message}");
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException)
            {
                // A folder a build should have left (its site, its measurements) is missing or unreadable: say which step, not a stack trace.
                var message = $"{step} failed: {failure.Message}";
                log.WriteLine($"[{size}] did not finish: {message}");
                unfinished.Add($"{size:N0} papers: {message}");
            }
        }

        return results;
    }

    private SizeResult RunSize(BenchCorpus corpus, int size)
    {
        var work = Path.Combine(options.WorkDirectory, size.ToString(CultureInfo.InvariantCulture));
        step = $"writing the {size:N0}-paper input to {work}";
        Fresh(work);
        var papers = corpus.Papers(size);
        var nightly = corpus.NextNight(size, options.NightlyPapers);
        var asOf = corpus.AsOf(size, options.NightlyPapers);
        var input = Path.Combine(work, "input");
        var inputFiles = CorpusInputWriter.Write(input, papers, asOf.Year);
        var inputBytes = inputFiles.Sum(file => new FileInfo(file).Length);
        log.WriteLine($"[{size}] {inputFiles.Count} dump files, {inputBytes / 1e6:F1} MB, as of {asOf:yyyy-MM-dd}");

        var yesterday = Path.Combine(work, "site");
        var cold = options.ColdBuild ? Build(size, "cold (no embedding cache)", input, yesterday, Path.Combine(work, "cache-cold"), asOf) : null;
        var cache = CacheWithSharedEmbeddings(work, size);
        // "Full" means every cache warm (embeddings, typeset math, topic history, Open Graph pictures) and the output
        // folder empty: what rebuilding a site from scratch costs its owner, the number compared with Hugo.
        log.WriteLine($"[{size}] warming the caches{(SharedEmbeddingsCover(size, cold) ? "" : ", embeddings included")} (not measured) ...");
        var warmUpSite = Path.Combine(work, "site-warm-up");
        step = $"the warm-up build into {warmUpSite}";
        Build(size, "warm-up", input, warmUpSite, cache, asOf);
        Directory.Delete(warmUpSite, recursive: true);

        var warm = Build(size, "full (cached embeddings)", input, Path.Combine(work, "site-warm"), cache, asOf);
        if (cold is null)
        {
            step = $"copying the full build's site {Path.Combine(work, "site-warm")} to yesterday's {yesterday}";
            FolderCopy.Run(Path.Combine(work, "site-warm"), yesterday);
        }

        HugoBuild? hugo = null;
        SideBySide? sideBySide = null;
        // Hugo takes minutes at 10,000 papers and far longer at 100,000, where the targets are bytes and memory, not Hugo.
        if (size <= options.HugoUpToPapers)
        {
            var hugoSite = Path.Combine(work, "hugo");
            step = $"writing the Hugo site {hugoSite} from {Path.Combine(work, "site-warm", "data", "papers.json")}";
            HugoSite.Write(hugoSite, Path.Combine(work, "site-warm", "data", "papers.json"));
            var process = RunHugo(size, work, hugoSite);
            hugo = new HugoBuild(process, process.TimedOut ? OutputMeasurement.None : OutputStats.Measure(Path.Combine(work, "hugo-public"), cacheFolder: null));
            sideBySide = Alternately(size, work, hugoSite, input, cache, asOf, warm.Outside, process);
        }

        ProcessMeasurement? lunr = null;
        if (options.Lunr)
        {
            lunr = LunrIndex.Build(Path.Combine(work, "lunr"), papers, options.BuildLimit);
            CheckExit(lunr, "lunr.js");
            log.WriteLine($"[{size}] lunr.js index: {lunr.WallSeconds:F1} s, {lunr.PeakBytes / 1e6:F0} MB peak");
        }

        NightlyResult? night = null;
        ColdNightly? coldNightly = null;
        if (nightly.Count > 0)
        {
            var nextInput = Path.Combine(work, "input-next");
            step = $"writing the next night's input {nextInput}";
            FolderCopy.Run(input, nextInput);
            var nextDay = asOf.AddDays(1);
            var feed = CorpusInputWriter.WriteNightlyFeed(nextInput, nightly, nextDay);
            step = $"copying yesterday's vectors (the shared ones without the night's papers) into {cache}";
            var leftOut = YesterdaysEmbeddings(cache, size, feed, nextDay);
            log.WriteLine($"[{size}] the nightly's cache holds yesterday's vectors: {leftOut} vectors of the night's papers left out of the shared ones");
            if (options.SimulateColdNightly && size <= MaxSimulatedPapers)
            {
                log.WriteLine($"[{size}] cold nightly simulation (fresh clone, restore, bootstrap, publish, build with yesterday's cache) ...");
                coldNightly = NightlySimulation.Run(nextInput, cache, nextDay, Path.Combine(work, "nightly-sim"), options.BuildLimit);
                log.WriteLine($"[{size}] cold nightly: " + string.Join(", ", coldNightly.Steps.Select(step => $"{step.Name} {step.Seconds:F1} s")));
            }

            if (options.KeepWork)
            {
                KeepYesterday(work, yesterday, cache);
            }
            var incremental = Build(size, $"nightly +{nightly.Count} over yesterday's site", nextInput, yesterday, cache, nextDay);
            var full = Build(size, $"full build of the same input", nextInput, Path.Combine(work, "site-next-full"), cache, nextDay);
            step = $"comparing the nightly site {yesterday} with the full build {Path.Combine(work, "site-next-full")}";
            night = new NightlyResult(nightly.Count, incremental, full, SiteDiff.Differences(yesterday, Path.Combine(work, "site-next-full")));
            log.WriteLine($"[{size}] nightly/full = {night.Ratio:P0}; {night.Differences.Count} files differ");
        }

        if (!options.KeepWork)
        {
            Directory.Delete(work, recursive: true);
        }

        return new SizeResult(size, inputFiles.Count, inputBytes, cold, warm, hugo, lunr, night, coldNightly) { SideBySide = sideBySide };
    }

    /// <summary>Hugo's build of the same papers into an empty hugo-public/.</summary>
    private ProcessMeasurement RunHugo(int size, string work, string hugoSite)
    {
        var destination = Path.Combine(work, "hugo-public");
        Remove(destination);
        step = $"the Hugo build of {hugoSite}";
        var process = TimedProcess.Run("hugo", ["--source", hugoSite, "--destination", destination, "--quiet"], work, options.BuildLimit);
        CheckExit(process, "hugo");
        log.WriteLine($"[{size}] hugo: {process.WallSeconds:F1} s ({process.CpuSeconds:F1} s CPU), {process.PeakBytes / 1e6:F0} MB peak");
        return process;
    }

    /// <summary>
    /// With --repeat N, N - 1 more full builds and Hugo runs, one after the other (the first pair was measured above), each
    /// into an empty folder, so each side has N samples taken under the same load.
    /// </summary>
    private SideBySide Alternately(int size, string work, string hugoSite, string input, string cache, DateOnly asOf, ProcessMeasurement firstFull, ProcessMeasurement firstHugo)
    {
        var fulls = new List<ProcessMeasurement> { firstFull };
        var hugos = new List<ProcessMeasurement> { firstHugo };
        var site = Path.Combine(work, "site-repeat");
        for (var round = 2; round <= options.Repeat; round++)
        {
            Remove(site);
            fulls.Add(Build(size, $"full, round {round} of {options.Repeat}", input, site, cache, asOf).Outside);
            hugos.Add(RunHugo(size, work, hugoSite));
        }

        Remove(site);
        return new SideBySide(fulls, hugos);
    }

    /// <summary>
    /// With --keep, yesterday's site and cache as the nightly finds them (site-yesterday/, cache-yesterday/), so the
    /// nightly can be rerun by hand from the same state. `cp -a` keeps the write times the nightly's kept pages are
    /// known by, and the embeddings link as a link.
    /// </summary>
    private void KeepYesterday(string work, string yesterday, string cache)
    {
        foreach (var (from, to) in new[] { (yesterday, "site-yesterday"), (cache, "cache-yesterday") })
        {
            step = $"keeping {from} as {Path.Combine(work, to)}";
            CheckExit(TimedProcess.Run("cp", ["-a", from, Path.Combine(work, to)], work, options.BuildLimit), "cp -a");
        }
    }

    /// <summary>
    /// Replaces the cache's link to the shared vectors with a copy of them without the night's papers: after a first
    /// run the shared vectors hold those too, and a nightly over them would embed nothing, where a real night finds
    /// only what yesterday's build embedded. The night's texts are the feed's papers as ingest and merge make them
    /// (title and abstract, and the abstract alone, which merge may embed to judge a grey-zone pair).
    /// </summary>
    private int YesterdaysEmbeddings(string cache, int size, string feed, DateOnly night)
    {
        var file = new InputFile(Path.GetFileName(feed), File.ReadAllBytes(feed), ReadError: null);
        var merged = MergeWithVectors.Run([IngestDumps.Parse(file, night)], MergeOptions.TextOnly with { AsOf = night }, embedder: null, cacheDirectory: cache, note: _ => { }, steps: new StepTimer());
        string[] texts = [.. new PaperTexts(merged.Papers), .. merged.Papers.Select(paper => paper.Abstract).OfType<string>()];
        var link = Path.Combine(cache, "embeddings");
        File.Delete(link);
        return EmbeddingCache.CopyWithout(SharedEmbeddings(size), link, texts);
    }

    /// <summary>One DigestGen build in a child process of its own (see <see cref="MeasureBuild"/>).</summary>
    private DigestGenBuild Build(int size, string label, string input, string output, string cache, DateOnly asOf)
    {
        var resultPath = Path.Combine(options.WorkDirectory, size.ToString(CultureInfo.InvariantCulture), "measurement.json");
        step = $"the DigestGen {label} build into {output}";
        File.Delete(MeasureBuild.StagesSoFarPath(resultPath));
        var (self, selfArguments) = SelfCommand();
        var process = TimedProcess.Run(self,
            [.. selfArguments, "measure", "--input", input, "--output", output, "--cache", cache, "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--result", resultPath],
            RepoPaths.Root, options.BuildLimit);
        if (process.TimedOut)
        {
            var stages = File.Exists(MeasureBuild.StagesSoFarPath(resultPath))
                ? JsonSerializer.Deserialize<List<StageMeasurement>>(File.ReadAllText(MeasureBuild.StagesSoFarPath(resultPath)), MeasureBuild.Json)!
                : [];
            throw new BenchFailedException($"the DigestGen {label} build did not finish within {options.BuildLimit.TotalMinutes:F0} minutes; "
                + (stages.Count == 0 ? "no stage had finished" : "stages finished: " + string.Join(", ", stages.Select(stage => $"{stage.Stage} {stage.Seconds:F1} s ({stage.CpuSeconds:F1} s CPU, {stage.PeakBytes / 1e6:F0} MB peak)"))));
        }

        CheckExit(process, "DigestGen build");
        var inside = JsonSerializer.Deserialize<BuildMeasurement>(File.ReadAllText(resultPath), MeasureBuild.Json)!;
        var build = new DigestGenBuild(inside, process, OutputStats.Measure(output));
        log.WriteLine($"[{size}] digestgen {label}: {process.WallSeconds:F1} s ({process.CpuSeconds:F1} s CPU), {build.PeakBytes / 1e6:F0} MB peak, "
            + $"{inside.Papers} papers, {build.Output.HtmlPages} pages; "
            + string.Join(", ", inside.Stages.Select(stage => $"{stage.Stage} {stage.Seconds:F2} s ({stage.CpuSeconds:F2} s CPU)")));
        return build;
    }

    /// <summary>How to start this harness again: its app host, or `dotnet DigestGen.Bench.dll` when run that way.</summary>
    private static (string Command, string[] Arguments) SelfCommand()
    {
        var host = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? (host, [typeof(BenchRun).Assembly.Location])
            : (host, []);
    }

    /// <summary>A comparison tool stopped at the time limit is a result (it took longer); one that failed is not.</summary>
    private static void CheckExit(ProcessMeasurement process, string what)
    {
        if (!process.TimedOut && process.ExitCode != 0)
        {
            throw new BenchFailedException($"{what} failed with exit code {process.ExitCode}:\n{process.Output}");
        }
    }

    /// <summary>
    /// A build cache whose embeddings folder is the harness's, one per size: vectors are keyed by text, so they outlive
    /// a size's work folder and a 100,000-paper site is embedded once, not on every run. One per size, because loading
    /// the cache reads the whole file: a small site must not pay for a big site's vectors.
    /// </summary>
    private string CacheWithSharedEmbeddings(string work, int size)
    {
        var cache = Path.Combine(work, "cache");
        var shared = SharedEmbeddings(size);
        Directory.CreateDirectory(cache);
        Directory.CreateDirectory(shared);
        Directory.CreateSymbolicLink(Path.Combine(cache, "embeddings"), shared);
        return cache;
    }

    /// <summary>Whether the size's shared vectors exist; a cold build just made them if not (copied in here).</summary>
    private bool SharedEmbeddingsCover(int size, DigestGenBuild? cold)
    {
        var shared = SharedEmbeddings(size);
        if (Directory.EnumerateFiles(shared).Any())
        {
            return true;
        }

        if (cold is null)
        {
            return false;
        }

        FolderCopy.Run(Path.Combine(options.WorkDirectory, size.ToString(CultureInfo.InvariantCulture), "cache-cold", "embeddings"), shared);
        return true;
    }

    private string SharedEmbeddings(int size) => Path.Combine(options.EmbeddingsDirectory, size.ToString(CultureInfo.InvariantCulture));

    private static void Fresh(string folder)
    {
        Remove(folder);
        Directory.CreateDirectory(folder);
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

}
