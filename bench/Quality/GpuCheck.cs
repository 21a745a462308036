using System.Diagnostics;
using System.Globalization;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Kernels;
using DigestGen.Compute.Neighbours;

namespace DigestGen.Bench.Quality;

/// <summary>
/// CPU/CUDA parity of embeddings, topics and related papers on 1,000 corpus papers, then GPU throughput of
/// embedding, clustering and neighbours at larger sizes (scripts/gpu-check.sh). Returns markdown; throws when a
/// parity bound fails, so the script exits non-zero.
/// </summary>
internal static class GpuCheck
{
    /// <summary>The bound for embeddings; neighbours and topics are compared as lists and partitions.</summary>
    private const double MaxCosineError = 1e-4;

    private const int Topics = 60;
    private const int KMeansRounds = 40;

    public static IEnumerable<string> Run(string repositoryRoot, string corpus, int parityPapers, IReadOnlyList<int> sizes)
    {
        var model = EmbedderOptions.DefaultModelPackageDirectory(Path.Combine(repositoryRoot, "node_modules"));
        var cache = Path.Combine(Path.GetTempPath(), "digestgen-gpu-check");
        // The float graph on both sides: the CPU's default int8 graph has no CUDA kernel (docs/embeddings.md).
        using var cpu = EmbedderFactory.CreateDefault(new EmbedderOptions(cache, "cpu", model), ModelPrecision.Float);
        using var cuda = EmbedderFactory.Create(new EmbedderOptions(cache, "cuda", model)).Embedder!;
        using var cpuKernels = OnnxKernels.Open(EmbeddingDevice.Cpu);
        using var gpuKernels = OnnxKernels.Open(EmbeddingDevice.Cuda);

        yield return $"## Parity, CPU vs CUDA, {parityPapers:N0} papers";
        yield return "";
        var papers = CorpusSample.Load(corpus, parityPapers).Select(paper => paper.Text).ToArray();
        var onCpu = cpu.Embed(papers);
        var onGpu = cuda.Embed(papers);
        var worst = onCpu.Zip(onGpu, (x, y) => 1 - x.Zip(y, (a, b) => (double)a * b).Sum()).Max();
        yield return Line($"- embeddings: largest cosine error {worst:E2} (bound {MaxCosineError:E0})");
        Check(worst <= MaxCosineError, "embedding cosine error over the bound");

        var managed = ExactNeighbours.FindTopK(onCpu, 5);
        var gpuNeighbours = gpuKernels.TopK(onCpu, 5);
        var sameLists = Enumerable.Range(0, papers.Length).Count(i => managed.Indices[i].SequenceEqual(gpuNeighbours.Indices[i]));
        var worstSimilarity = Enumerable.Range(0, papers.Length).Max(i => managed.Similarities[i].Zip(gpuNeighbours.Similarities[i], (a, b) => Math.Abs(a - b)).DefaultIfEmpty(0).Max());
        yield return Line($"- related papers (top 5, same CPU vectors): {sameLists} of {papers.Length} lists identical, largest similarity difference {worstSimilarity:E2}");
        Check(sameLists >= papers.Length * 0.99 && worstSimilarity <= 1e-5, "related papers differ beyond float rounding");

        var rows = onCpu.SelectMany(vector => vector).ToArray();
        var start = new Centroids([.. onCpu.Where((_, i) => i % (papers.Length / 20) == 0).Take(20).SelectMany(vector => vector)], cpu.Dimensions);
        var (cpuTopics, _) = cpuKernels.KMeans(rows, cpu.Dimensions, start, KMeansRounds);
        var (gpuTopics, _) = gpuKernels.KMeans(rows, cpu.Dimensions, start, KMeansRounds);
        var agree = cpuTopics.Zip(gpuTopics).Count(pair => pair.First == pair.Second);
        yield return Line($"- topics (k-means, 20 topics, same start): {agree} of {papers.Length} papers in the same topic");
        Check(agree >= papers.Length * 0.99, "topics differ beyond float rounding");

        yield return "";
        yield return "## Throughput on the GPU";
        yield return "";
        yield return "| corpus papers | embedding papers/s | k-means round (60 topics) s | top-5 neighbours, all papers s |";
        yield return "|---:|---:|---:|---:|";
        foreach (var size in sizes)
        {
            var texts = CorpusSample.Load(corpus, size).Select(paper => paper.Text).ToArray();
            var clock = Stopwatch.StartNew();
            var vectors = cuda.Embed(texts);
            var embedRate = texts.Length / clock.Elapsed.TotalSeconds;
            var flat = vectors.SelectMany(vector => vector).ToArray();
            var centroids = new Centroids([.. vectors.Take(Topics).SelectMany(vector => vector)], cuda.Dimensions);
            clock.Restart();
            gpuKernels.Assign(flat, cuda.Dimensions, centroids);
            var round = clock.Elapsed.TotalSeconds;
            clock.Restart();
            gpuKernels.TopK(vectors, 5);
            yield return Line($"| {texts.Length:N0} | {embedRate:F0} | {round:F2} | {clock.Elapsed.TotalSeconds:F1} |");
        }
    }

    private static void Check(bool holds, string problem)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"GPU check failed: {problem}");
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
