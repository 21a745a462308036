// Search benchmarks (not part of the test run). See bench/Search/README.md for how to run and the results.
//   dotnet run -c Release --project bench/Search -- index <papers|seed>    one index build in a fresh process: time, peak memory
//   dotnet run -c Release --project bench/Search -- build <papers|seed>    build times, sizes; writes bench/work/
//   dotnet run -c Release --project bench/Search -- browser <papers|seed> <query>...   first-query cost in headless Chromium
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Search.Lunr;
using DigestGen.Tests.Search;
using DigestGen.Tests.Support;
using Microsoft.Playwright;

var work = Path.Combine(RepoPaths.Root, "bench", "work");
var size = args[1];
var digest = size == "seed" ? SeedDigest.Load() : CorpusDigest.Load(int.Parse(size));
var site = Path.Combine(work, "site-" + size);

if (args[0] == "index")
{
    IndexOnce();
}
else if (args[0] == "build")
{
    await Build();
}
else
{
    await Browser(args[2..]);
}

void IndexOnce()
{
    var documents = SearchDocument.From(digest).Select(SearchFields.ToLunr).ToList();
    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64;
    var clock = Stopwatch.StartNew();
    var bytes = LunrJsonWriter.Whole(LunrIndexBuilder.Build(SearchFields.All, documents)).Length;
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        papers = documents.Count,
        indexMs = Math.Round(clock.Elapsed.TotalMilliseconds),
        bytes,
        workingSetBeforeMb = before >> 20,
        peakWorkingSetMb = Process.GetCurrentProcess().PeakWorkingSet64 >> 20,
    }));
}

async Task Build()
{
    Directory.CreateDirectory(work);
    var documents = SearchDocument.From(digest);
    var forNode = Path.Combine(work, $"documents-{size}.json");
    await File.WriteAllTextAsync(forNode, JsonSerializer.Serialize(documents.Select(d => new { id = d.Id, title = d.Title, authors = d.AuthorsText, @abstract = d.Abstract, topic = d.Topic })));

    // The part lunr.js also does (build and serialize one index), then the whole search stage.
    var lunrDocuments = documents.Select(SearchFields.ToLunr).ToList();
    var indexTimings = new List<double>();
    for (var run = 0; run < 3; run++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        LunrJsonWriter.Whole(LunrIndexBuilder.Build(SearchFields.All, lunrDocuments));
        indexTimings.Add(clock.Elapsed.TotalMilliseconds);
    }

    var timings = new List<double>();
    MemoryOutputSink sink = new();
    for (var run = 0; run < 3; run++)
    {
        GC.Collect();
        sink = new MemoryOutputSink();
        var clock = Stopwatch.StartNew();
        BuildSearchIndex.Run(digest, sink);
        timings.Add(clock.Elapsed.TotalMilliseconds);
    }

    if (Directory.Exists(site))
    {
        Directory.Delete(site, recursive: true);
    }

    SearchSite.Write(digest, site);
    var files = sink.Files.Values.ToList();
    long Raw(Func<OutputFile, bool> which) => files.Where(which).Sum(f => (long)f.Content.Length);
    long Gzip(Func<OutputFile, bool> which) => files.Where(which).Sum(f => Gzipped(f.Content));
    var index = files.Single(f => f.Path == "search/index.json");
    var parts = files.Where(f => f.Path.StartsWith("search/parts/", StringComparison.Ordinal)).ToList();
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        papers = documents.Length,
        indexFirstMs = Math.Round(indexTimings[0]),
        indexBestMs = Math.Round(indexTimings.Min()),
        stageBestMs = Math.Round(timings.Min()),
        peakWorkingSetMb = Process.GetCurrentProcess().PeakWorkingSet64 >> 20,
        indexRawBytes = index.Content.Length,
        indexGzipBytes = Gzipped(index.Content),
        docsRawBytes = Raw(f => f.Path == "search/docs.json"),
        parts = parts.Count,
        largestPartGzipBytes = parts.Max(f => Gzipped(f.Content)),
        partsGzipBytes = Gzip(f => f.Path.StartsWith("search/parts/", StringComparison.Ordinal)),
        manifestGzipBytes = Gzip(f => f.Path == "search/manifest.json"),
        termsGzipBytes = Gzip(f => f.Path == "search/terms.json"),
    }));
}

async Task Browser(string[] queries)
{
    using var server = new LoopbackSiteServer(site, "/digest/");
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
    foreach (var query in queries)
    {
        // A fresh context per query: nothing cached, as for a reader arriving from a shared link.
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(new Uri(request.Url).AbsolutePath["/digest/".Length..]);
        await page.GotoAsync(server.BaseUrl + "search/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var before = fetched.Count;
        var elapsed = await page.EvaluateAsync<double>(
            @"async (q) => {
                const input = document.querySelector('#search-input');
                const started = performance.now();
                input.value = q;
                input.dispatchEvent(new Event('input'));
                await new Promise(resolve => {
                  const check = () => document.querySelector('.search-result, .search-tips') ? resolve() : requestAnimationFrame(check);
                  check();
                });
                return performance.now() - started - 120;
              }", query);
        var downloaded = fetched.Where(path => path.Length > 0 && !path.EndsWith('/')).Distinct().ToList();
        var gzip = downloaded.Sum(path => Gzipped(File.ReadAllBytes(Path.Combine(site, path))));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            query,
            answerMsAfterDebounce = Math.Round(elapsed, 1),
            files = downloaded.Count,
            filesAfterPageLoad = fetched.Count - before,
            downloadGzipBytes = gzip,
            results = await page.Locator(".search-result").CountAsync(),
        }));
    }
}

static long Gzipped(byte[] content)
{
    var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
    {
        gzip.Write(content);
    }

    return buffer.ToArray().LongLength;
}
