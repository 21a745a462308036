using System.Diagnostics;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Text;
using DigestGen.Bench.Quality;

var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "DigestGen.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var size = args.Length > 0 ? int.Parse(args[0]) : 6000;
var papers = CorpusSample.Load(Path.Combine(root, "..", "shared", "corpus", "arxiv-meta.jsonl.gz"), size);
var labels = papers.Select(paper => paper.PrimaryCategory).ToArray();
Console.WriteLine($"{papers.Count} papers, {labels.Distinct().Count()} primary categories");

var clock = Stopwatch.StartNew();
var vectors = TfidfVectorizer.FitTransform(papers.Select(paper => paper.Text).ToArray());
Console.WriteLine($"tfidf {clock.Elapsed.TotalSeconds:F1}s");
clock.Restart();
var clustering = TopicClusterer.Cluster(vectors, ClusteringOptions.Default);
Console.WriteLine($"cluster {clock.Elapsed.TotalSeconds:F1}s k={clustering.ClusterCount}");
foreach (var candidate in clustering.Candidates)
{
    Console.WriteLine($"  k={candidate.ClusterCount} silhouette={candidate.Silhouette:F4}");
}

Console.WriteLine(ClusterAgreement.Score(labels, clustering.Assignments));
