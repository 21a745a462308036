// Search benchmarks (not part of the test run). See bench/Search/README.md for how to run and the results.
//   dotnet run -c Release --project bench/Search -- index <papers|seed>    one index build + index.json, for comparing with lunr.js
//   dotnet run -c Release --project bench/Search -- stage <papers|seed>    one search stage: time, CPU, memory, sizes; writes bench/work/site-<papers>
//   dotnet run -c Release --project bench/Search -- browser <papers|seed> <query>...   first-query cost in headless Chromium
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Search.Lunr;
using DigestGen.Tests.Search;
using DigestGen.Tests.Support;
using Microsoft.Playwright;

var work = Path.Combine(RepoPaths.Root, "bench", "work");
var size = args[1];
var site = Path.Combine(work, "site-" + size);
var digest = args[0] == "browser" ? null : size == "seed" ? SeedDigest.Load() : CorpusDigest.Load(int.Parse(size));

if (args[0] == "index")
{
    IndexOnce();
}
else if (args[0] == "stage")
{
    Stage();
}
else
{
    await Browser(args[2..]);
}

void IndexOnce()
{
    var documents = SearchDocument.From(digest!).Select(SearchFields.ToLunr).ToList();
    var forNode = Path.Combine(work, $"documents-{size}.json");
    Directory.CreateDirectory(work);
    File.WriteAllText(forNode, JsonSerializer.Serialize(SearchDocument.From(digest!).Select(d => new { id = d.Id, title = d.Title, authors = d.AuthorsText, @abstract = d.Abstract, topic = d.Topic })));
    var measure = Measure.Start();
    using var indexFile = File.Create(Path.Combine(work, $"index-{size}.json"));
    LunrJsonWriter.Whole(LunrIndexBuilder.Build(SearchFields.All, documents), indexFile);
    var bytes = indexFile.Length;
    Console.WriteLine(JsonSerializer.Serialize(new { papers = documents.Count, bytes, lunrJsDocuments = forNode, measured = measure.Stop() }));
}

void Stage()
{
    if (Directory.Exists(site))
    {
        Directory.Delete(site, recursive: true);
    }

    // Written to disk as the build writes it, so nothing is held in memory that the build would not hold.
    var measure = Measure.Start();
    using (var writer = new SiteWriter(site, []))
    {
        BuildSearchIndex.Run(digest!, writer);
        writer.Finish();
    }

    var measured = measure.Stop();

    var search = Path.Combine(site, "search");
    byte[] Read(string path) => File.ReadAllBytes(Path.Combine(search, path));
    (long Raw, long Gzip) Sizes(string path) => (new FileInfo(Path.Combine(search, path)).Length, Gzipped(Read(path)));
    var parts = Directory.GetFiles(Path.Combine(search, "parts"), "*.json", SearchOption.AllDirectories).Select(path => (Raw: new FileInfo(path).Length, Gzip: Gzipped(File.ReadAllBytes(path)))).ToList();
    var chunks = Directory.GetFiles(Path.Combine(search, "docs")).Select(path => Gzipped(File.ReadAllBytes(path))).ToList();
    var index = File.Exists(Path.Combine(search, "index.json")) ? Sizes("index.json") : default;
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        papers = SearchDocument.From(digest!).Length,
        measured,
        indexJson = new { raw = index.Raw, gzip = index.Gzip },
        parts = new
        {
            count = parts.Count,
            raw = parts.Sum(part => part.Raw),
            gzip = parts.Sum(part => part.Gzip),
            largestGzip = parts.Max(part => part.Gzip),
            medianGzip = parts.Select(part => part.Gzip).Order().ElementAt(parts.Count / 2),
        },
        manifestGzip = Sizes("manifest.json").Gzip,
        termsGzip = new
        {
            all = Directory.GetFiles(Path.Combine(search, "terms")).Sum(path => Gzipped(File.ReadAllBytes(path))),
            largest = Directory.GetFiles(Path.Combine(search, "terms")).Max(path => Gzipped(File.ReadAllBytes(path))),
        },
        refsGzip = Sizes("refs.json").Gzip,
        docsJson = new { raw = Sizes("docs.json").Raw, gzip = Sizes("docs.json").Gzip },
        resultChunks = new { count = chunks.Count, gzip = chunks.Sum() },
    }));

    SearchSite.WritePage(site);
    // The real page also loads the theme's stylesheet and icon: count them too.
    foreach (var asset in new[] { "css/site.css", "icon.svg" })
    {
        var target = Path.Combine(site, "assets", asset);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(RepoPaths.Theme, "assets", asset), target, overwrite: true);
    }

    var page = Path.Combine(search, "index.html");
    File.WriteAllText(page, File.ReadAllText(page).Replace("</head>", "  <link rel=\"icon\" href=\"../assets/icon.svg\">\n  <link rel=\"stylesheet\" href=\"../assets/css/site.css\">\n</head>", StringComparison.Ordinal));
}

async Task Browser(string[] queries)
{
    using var server = new LoopbackSiteServer(site, "/digest/");
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserPath.Executable, Args = BrowserPath.LaunchArguments, Headless = true });
    foreach (var query in queries)
    {
        // A fresh context per query: nothing cached, as for a reader arriving at the search page.
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(new Uri(request.Url).AbsolutePath["/digest/".Length..]);
        await page.GotoAsync(server.BaseUrl + "search/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var atPageLoad = fetched.Count;
        var answer = await page.EvaluateAsync<JsonElement>(
            @"async (q) => {
                const input = document.querySelector('#search-input');
                const list = document.querySelector('#search-results');
                const started = performance.now();
                input.value = q;
                input.dispatchEvent(new Event('input'));
                // Watched by a MutationObserver, not polled per frame: the time is not rounded up to a frame.
                await new Promise(resolve => {
                  const done = () => list.getAttribute('aria-busy') === 'false' && document.querySelector('.search-result, .search-tips');
                  new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(); } })
                    .observe(document.body, { subtree: true, childList: true, attributes: true });
                });
                return { ms: performance.now() - started - 120, status: document.querySelector('#search-status').textContent };
              }", query);
        long GzipOf(IEnumerable<string> paths) => paths
            .Select(path => path.EndsWith('/') ? path + "index.html" : path).Distinct()
            .Sum(path => Gzipped(File.ReadAllBytes(Path.Combine(site, path))));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            query,
            answerMsAfterDebounce = Math.Round(answer.GetProperty("ms").GetDouble(), 1),
            status = answer.GetProperty("status").GetString(),
            files = fetched.Distinct().Count(),
            filesForTheQuery = fetched.Skip(atPageLoad).Distinct().Count(),
            downloadGzipBytes = GzipOf(fetched),
            queryGzipBytes = GzipOf(fetched.Skip(atPageLoad)),
        }));
    }
}

static long Gzipped(byte[] content)
{
    var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(content);
    }

    return buffer.Length;
}

/// <summary>Wall time, CPU time (all threads) and memory of one step in this process.</summary>
internal sealed class Measure
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TimeSpan cpuBefore;
    private readonly long workingSetBefore;

    private Measure()
    {
        using var process = Process.GetCurrentProcess();
        cpuBefore = process.TotalProcessorTime;
        workingSetBefore = process.WorkingSet64;
    }

    public static Measure Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new Measure();
    }

    public object Stop()
    {
        var wall = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        return new
        {
            wallMs = Math.Round(wall.TotalMilliseconds),
            cpuMs = Math.Round((process.TotalProcessorTime - cpuBefore).TotalMilliseconds),
            workingSetBeforeMb = workingSetBefore >> 20,
            peakWorkingSetMb = process.PeakWorkingSet64 >> 20,
            loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0],
        };
    }
}
