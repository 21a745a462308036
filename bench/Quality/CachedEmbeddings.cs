using DigestGen.Compute.Embeddings;

namespace DigestGen.Bench.Quality;

/// <summary>
/// The default model's vectors of sample papers, kept in an embedding cache under the temp folder so the label and
/// v-measure runs embed each paper once (16,000 papers take about 6 CPU-minutes). DIGESTGEN_QUALITY_CACHE names
/// another folder (a copy, say, while an embed run is still appending to this one).
/// </summary>
internal static class CachedEmbeddings
{
    public static string CacheDirectory => Environment.GetEnvironmentVariable("DIGESTGEN_QUALITY_CACHE") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "digestgen-quality-cache");

    public static IReadOnlyList<float[]> Of(string repositoryRoot, IReadOnlyList<LabelledPaper> papers)
    {
        var options = new EmbedderOptions(CacheDirectory, "cpu", EmbedderOptions.DefaultModelPackageDirectory(Path.Combine(repositoryRoot, "node_modules")));
        using var model = EmbedderFactory.Create(options).Embedder ?? throw new InvalidOperationException("the default model is not installed: run scripts/bootstrap.sh");
        return new EmbeddingCache(CacheDirectory).GetOrEmbed(model, [.. papers.Select(paper => paper.Text)], out _);
    }
}
