using System.Diagnostics;
using DigestGen.Compute.Clustering;

namespace DigestGen.Bench.Quality;

/// <summary>Clusters the sample exactly as the build does and scores the topics against primary categories.</summary>
internal static class TopicQuality
{
    public const string Header = "| vectors | topics (k) | homogeneity | completeness | v-measure = NMI | vectors s | clustering s |\n|---|---:|---:|---:|---:|---:|---:|";

    public static string Score(string name, IReadOnlyList<LabelledPaper> papers, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> vectorise, IReadOnlyList<float[]>? countVectors = null) =>
        Score(name, papers, texts => new DenseVectors(vectorise(texts)), countVectors);

    public static string Score(string name, IReadOnlyList<LabelledPaper> papers, Func<IReadOnlyList<string>, IClusterVectors> vectorise, IReadOnlyList<float[]>? countVectors = null)
    {
        var clock = Stopwatch.StartNew();
        var vectors = vectorise([.. papers.Select(paper => paper.Text)]);
        var vectorSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var clustering = TopicClusterer.Cluster(vectors, ClusteringOptions.Default, countVectors is null ? null : new DenseVectors(countVectors));
        var score = ClusterAgreement.Score([.. papers.Select(paper => paper.PrimaryCategory)], clustering.Assignments);
        return $"| {name} | {clustering.ClusterCount} | {score.Homogeneity:F3} | {score.Completeness:F3} | {score.VMeasure:F3} | {vectorSeconds:F1} | {clock.Elapsed.TotalSeconds:F1} |";
    }
}
