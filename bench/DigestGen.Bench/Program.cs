using System.CommandLine;
using System.Globalization;
using DigestGen.Bench;
using DigestGen.Tests.Support;

// Composition root of the benchmark harness. `run` (the default) measures; `measure` is the child process that
// runs one build, so each build's peak memory is its own.
var sizes = new Option<string>("--sizes") { Description = "Comma-separated site sizes in papers", DefaultValueFactory = _ => "1000,10000,100000" };
var nightly = new Option<int>("--nightly") { Description = "Papers the next night adds, for the incremental build", DefaultValueFactory = _ => 300 };
var noCold = new Option<bool>("--no-cold") { Description = "Skip the build without an embedding cache" };
var noHugo = new Option<bool>("--no-hugo") { Description = "Skip the Hugo comparison" };
var hugoUpTo = new Option<int>("--hugo-up-to") { Description = "Compare with Hugo on sites of at most this many papers", DefaultValueFactory = _ => 10_000 };
var repeat = new Option<int>("--repeat") { Description = "Run the full build and Hugo this many times in turns, where Hugo runs, and compare their medians", DefaultValueFactory = _ => 1 };
var noLunr = new Option<bool>("--no-lunr") { Description = "Skip the lunr.js comparison" };
var limit = new Option<int>("--build-timeout") { Description = "Minutes one build may take before it is stopped and reported as unfinished", DefaultValueFactory = _ => 30 };
var keep = new Option<bool>("--keep") { Description = "Keep the generated inputs, sites and caches under bench/work/ (yesterday's site and cache as the nightly found them in site-yesterday/ and cache-yesterday/)" };
var noSim = new Option<bool>("--no-nightly-sim") { Description = "Skip the cold nightly simulation (scripts/nightly-sim.sh: fresh clone, restore, bootstrap, publish, build), run at up to 10,000 papers" };
var embeddings = new Option<DirectoryInfo>("--embeddings-cache") { Description = "Where embedding vectors are kept between runs, one subfolder per size (full and nightly builds use it; cold builds start empty)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(RepoPaths.Root, "bench", "work", "embeddings")) };
var results = new Option<DirectoryInfo>("--results") { Description = "Where the Markdown report goes", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(RepoPaths.Root, "bench", "results")) };
var run = new RootCommand("DigestGen benchmark: builds sites of real papers with DigestGen, Hugo and lunr.js and reports per stage")
{
    sizes, nightly, noCold, noHugo, hugoUpTo, repeat, noLunr, keep, noSim, limit, embeddings, results,
};

var input = new Option<string>("--input") { Required = true };
var output = new Option<string>("--output") { Required = true };
var cache = new Option<string>("--cache") { Required = true };
var asOf = new Option<string>("--as-of") { Required = true };
var result = new Option<string>("--result") { Required = true };
var measure = new Command("measure", "(internal) run one build and write its measurements") { input, output, cache, asOf, result };
measure.Hidden = true;
run.Subcommands.Add(measure);

var site = new Argument<DirectoryInfo>("site") { Description = "A built site's output folder" };
var sizesOfSite = new Command("sizes", "Print a built site's bytes by kind of file (home, paper pages, author feeds, search index, data…)") { site };
run.Subcommands.Add(sizesOfSite);
sizesOfSite.SetAction(parse =>
{
    var folder = parse.GetValue(site)!;
    if (!folder.Exists)
    {
        Console.Error.WriteLine($"sizes: {folder.FullName} is not a folder; pass a built site's output folder");
        return 2;
    }

    Console.Write(ResultsReport.KindTable(OutputStats.Measure(folder.FullName)));
    return 0;
});

measure.SetAction(parse => MeasureBuild.Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(cache)!,
    DateOnly.ParseExact(parse.GetValue(asOf)!, "yyyy-MM-dd", CultureInfo.InvariantCulture), parse.GetValue(result)!));
run.SetAction(parse =>
{
    var sizeList = new List<int>();
    foreach (var part in parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        if (!int.TryParse(part, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var size) || size < 10)
        {
            Console.Error.WriteLine($"--sizes: '{part}' is not a number of papers (at least 10), e.g. --sizes 1000,10000");
            return 2;
        }

        sizeList.Add(size);
    }

    if (parse.GetValue(repeat) < 1)
    {
        Console.Error.WriteLine($"--repeat: {parse.GetValue(repeat)} is not a number of runs (at least 1), e.g. --repeat 5");
        return 2;
    }

    if (!Directory.Exists(RepoPaths.SharedCorpus))
    {
        Console.Error.WriteLine($"bench: the real paper corpus is not at {RepoPaths.SharedCorpus}; the benchmarks build sites from it "
            + "(110,000 records, see its SOURCES.md). The committed test sample in tests/corpus-sample is too small for them.");
        return 2;
    }

    var options = new BenchOptions(sizeList, RepoPaths.FullCorpus, Path.Combine(RepoPaths.Root, "bench", "work"), parse.GetValue(embeddings)!.FullName, parse.GetValue(results)!.FullName,
        parse.GetValue(nightly), !parse.GetValue(noCold), parse.GetValue(noHugo) ? 0 : parse.GetValue(hugoUpTo), !parse.GetValue(noLunr), parse.GetValue(keep), !parse.GetValue(noSim), TimeSpan.FromMinutes(parse.GetValue(limit)), parse.GetValue(repeat));
    var started = DateTime.UtcNow;
    var loadBefore = MachineInfo.LoadAverage();
    try
    {
        var bench = new BenchRun(options, Console.Out);
        var measured = bench.Run();
        var report = ResultsReport.Markdown(MachineInfo.Describe(), measured, bench.Unfinished, started, loadBefore, MachineInfo.LoadAverage());
        Directory.CreateDirectory(options.ResultsDirectory);
        var reportPath = Path.Combine(options.ResultsDirectory, $"{started:yyyy-MM-dd-HHmm}-{string.Join('-', sizeList)}.md");
        File.WriteAllText(reportPath, report);
        Console.WriteLine(report);
        Console.WriteLine($"Written to {reportPath}");
        return 0;
    }
    catch (BenchFailedException failure)
    {
        Console.Error.WriteLine(failure.Message);
        return 1;
    }
});

return run.Parse(args).Invoke();
