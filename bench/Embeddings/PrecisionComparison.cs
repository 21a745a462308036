using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using System.Text.Json;
using DigestGen.Compute.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace DigestGen.Bench.Embeddings;

/// <summary>
/// The default model's float and int8 graphs on the same papers, as the build runs them (EmbedderFactory): CPU
/// milliseconds per paper, how close the int8 vectors are to the float ones, and where ONNX Runtime spends its time
/// (a second, profiled pass: ONNX Runtime's per-node profile summed by operator).
/// </summary>
internal static class PrecisionComparison
{
    public static string Run(IReadOnlyList<string> papers, string packageDirectory, string cache)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Float and int8 graphs ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {papers.Count} arXiv papers, title + abstract)");
        report.AppendLine();
        report.AppendLine("| graph | CPU ms per paper | wall s | load average |");
        report.AppendLine("|---|---:|---:|---:|");
        var vectors = new Dictionary<ModelPrecision, IReadOnlyList<float[]>>();
        var profiles = new Dictionary<ModelPrecision, string>();
        foreach (var precision in new[] { ModelPrecision.Float, ModelPrecision.Int8 })
        {
            using var embedder = EmbedderFactory.CreateDefault(new EmbedderOptions(cache, "cpu", packageDirectory), precision);
            _ = embedder.Dimensions; // the session opens outside the measurement
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            vectors[precision] = embedder.Embed(papers);
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalMilliseconds;
            report.AppendLine(CultureInfo.InvariantCulture, $"| {embedder.ModelId} | {cpu / papers.Count:F1} | {clock.Elapsed.TotalSeconds:F1} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]} |");
            profiles[precision] = Profile(UniversalSentenceEncoderPackage.Open(packageDirectory, cacheDirectory: null).GetOrConvert(cache, precision), papers, packageDirectory, precision);
        }

        var cosines = vectors[ModelPrecision.Int8].Zip(vectors[ModelPrecision.Float], (int8, exact) => TensorPrimitives.Dot(int8, exact)).Order().ToList();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Cosine of each int8 vector to its float vector: min {cosines[0]:F5}, 1st percentile {cosines[cosines.Count / 100]:F5}, median {cosines[cosines.Count / 2]:F5}, mean {cosines.Average():F5}.");
        foreach (var (precision, profile) in profiles)
        {
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"## Where ONNX Runtime spends the time: {precision} graph (profiled pass, one run at a time)");
            report.AppendLine();
            report.Append(profile);
        }
        return report.ToString();
    }

    /// <summary>Embeds the papers once more through a profiling session and sums its node times by operator.</summary>
    private static string Profile(string modelPath, IReadOnlyList<string> papers, string packageDirectory, ModelPrecision precision)
    {
        string profilePath;
        using (var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = 1, InterOpNumThreads = 1 })
        {
            options.EnableProfiling = true;
            options.ProfileOutputPathPrefix = Path.Combine(Path.GetTempPath(), $"digestgen-profile-{Environment.ProcessId}-{precision}");
            using var session = new InferenceSession(modelPath, options);
            var tokenizer = SentencePieceTokenizer.Load(Path.Combine(packageDirectory, "dist", "vocab.json"));
            using var embedder = new OnnxTextEmbedder(() => session, tokenizer, precision.ToString(), precision == ModelPrecision.Int8 ? 1 : OnnxTextEmbedder.DefaultWindowsPerBatch, parallelRuns: 1);
            embedder.Embed(papers);
            profilePath = session.EndProfiling();
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(profilePath));
        File.Delete(profilePath);
        var byOperator = json.RootElement.EnumerateArray()
            .Where(item => item.GetProperty("cat").GetString() == "Node" && item.GetProperty("name").GetString()!.EndsWith("_kernel_time", StringComparison.Ordinal))
            .GroupBy(item => item.GetProperty("args").GetProperty("op_name").GetString()!, item => item.GetProperty("dur").GetDouble())
            .Select(group => (Operator: group.Key, Microseconds: group.Sum(), Calls: group.Count()))
            .OrderByDescending(entry => entry.Microseconds)
            .ToList();
        var total = byOperator.Sum(entry => entry.Microseconds);
        var table = new StringBuilder("| operator | share | calls |\n|---|---:|---:|\n");
        foreach (var (op, microseconds, calls) in byOperator.Take(12))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {op} | {microseconds * 100 / total:F1} % | {calls:N0} |");
        }
        return table.ToString();
    }
}
