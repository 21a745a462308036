using DigestGen.Bench.Quality;
using DigestGen.Compute.Terms;

// Usage: quality [papers] | neighbours [count] [dimensions] | duplicates [papers]. Prints markdown for bench/results.
var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "DigestGen.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from inside the repository");
}

var corpus = Path.Combine(root, "..", "shared", "corpus", "arxiv-meta.jsonl.gz");
var mode = args.Length > 0 ? args[0] : "quality";
int Argument(int position, int fallback) => args.Length > position ? int.Parse(args[position]) : fallback;

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
    default:
        var papers = CorpusSample.Load(corpus, Argument(1, 6000));
        Console.WriteLine($"{papers.Count} papers, {papers.Select(paper => paper.PrimaryCategory).Distinct().Count()} primary categories (reference labels)");
        Console.WriteLine();
        Console.WriteLine(TopicQuality.Header);
        Console.WriteLine(TopicQuality.Score("TF-IDF (2,048 words)", papers, texts => TfidfVectorizer.FitTransform(texts)));
        break;
}
