using System.Diagnostics;
using System.Globalization;
using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Terms;

namespace DigestGen.Bench.Quality;

/// <summary>
/// Topics exactly as the build makes them (areas, then topics inside them, on the embeddings joined with TF-IDF),
/// scored against arXiv primary categories, and their labels scored for coverage and exclusivity beside the
/// labels the build used before (the top c-TF-IDF term, which led the old "A, B, C" labels).
/// </summary>
internal static class HierarchyQuality
{
    public const string VMeasureHeader = "| sample | papers | clustering | clusters | homogeneity | completeness | v-measure = NMI | clustering s |\n|---|---:|---|---:|---:|---:|---:|---:|";

    public const string LabelHeader = "| papers | level | clusters | labels that are phrases | coverage, new | exclusivity, new | coverage, old lead term | exclusivity, old lead term | labels s |\n|---|---:|---|---:|---:|---:|---:|---:|---:|";

    /// <summary>V-measure of today's flat topics, and of the areas and topics the build now makes, on one sample.</summary>
    public static IEnumerable<string> VMeasures(string sample, IReadOnlyList<LabelledPaper> papers, IReadOnlyList<float[]> embeddings)
    {
        var (_, vectors) = Vectors(papers, embeddings);
        var categories = papers.Select(paper => paper.PrimaryCategory).ToArray();
        var clock = Stopwatch.StartNew();
        var flat = TopicClusterer.Cluster(vectors, ClusteringOptions.Default, new DenseVectors(embeddings));
        yield return Row(sample, papers.Count, "flat topics (the build before areas)", flat.ClusterCount, categories, flat.Assignments, clock);
        clock.Restart();
        var hierarchy = TopicHierarchy.Fit(vectors, ClusteringOptions.Default, new DenseVectors(embeddings));
        var seconds = clock.Elapsed;
        yield return Row(sample, papers.Count, "areas", hierarchy.Areas.ClusterCount, categories, hierarchy.Areas.Assignments, clock, seconds);
        yield return Row(sample, papers.Count, "topics inside areas", hierarchy.TopicCount, categories, hierarchy.Topics, clock, seconds);
    }

    /// <summary>Coverage and exclusivity of each level's labels, new phrase labels beside the old lead term.</summary>
    public static IEnumerable<string> Labels(IReadOnlyList<LabelledPaper> papers, IReadOnlyList<float[]> embeddings)
    {
        var (tokens, vectors) = Vectors(papers, embeddings);
        var texts = papers.Select(paper => paper.Text).ToArray();
        var hierarchy = TopicHierarchy.Fit(vectors, ClusteringOptions.Default, new DenseVectors(embeddings));
        var phrases = new KeyPhrases(tokens);
        foreach (var (level, assignments, count) in new[] { ("areas", hierarchy.Areas.Assignments, hierarchy.Areas.ClusterCount), ("topics", hierarchy.Topics, hierarchy.TopicCount) })
        {
            var clock = Stopwatch.StartNew();
            var descriptions = TopicLabeler.Describe(tokens, texts, assignments, count);
            var seconds = clock.Elapsed.TotalSeconds;
            var scored = descriptions.Select((description, cluster) => (
                Phrase: description.Label.Contains(' ', StringComparison.Ordinal),
                New: Score(phrases, description.Label, assignments, cluster),
                Old: Score(phrases, description.Keywords.Count > 0 ? description.Keywords[0] : "", assignments, cluster))).ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {papers.Count:N0} | {level} | {count} | {scored.Count(s => s.Phrase)} of {count} | {scored.Average(s => s.New.Coverage):F3} | {scored.Average(s => s.New.Exclusivity):F3} | {scored.Average(s => s.Old.Coverage):F3} | {scored.Average(s => s.Old.Exclusivity):F3} | {seconds:F1} |");
        }
    }

    /// <summary>The labels of one level, largest clusters first, for the results file.</summary>
    public static IEnumerable<string> Examples(IReadOnlyList<LabelledPaper> papers, IReadOnlyList<float[]> embeddings, int shown)
    {
        var (tokens, vectors) = Vectors(papers, embeddings);
        var texts = papers.Select(paper => paper.Text).ToArray();
        var hierarchy = TopicHierarchy.Fit(vectors, ClusteringOptions.Default, new DenseVectors(embeddings));
        var areas = TopicLabeler.Describe(tokens, texts, hierarchy.Areas.Assignments, hierarchy.Areas.ClusterCount);
        var topics = TopicLabeler.Describe(tokens, texts, hierarchy.Topics, hierarchy.TopicCount);
        var sizes = hierarchy.Topics.CountBy(topic => topic).ToDictionary();
        return Enumerable.Range(0, hierarchy.Areas.ClusterCount).Select(area =>
        {
            var inside = Enumerable.Range(0, hierarchy.TopicCount).Where(topic => hierarchy.AreaOfTopic[topic] == area).OrderByDescending(topic => sizes[topic]).ToArray();
            return $"- **{areas[area].Label}** ({inside.Sum(topic => sizes[topic])} papers; old label: {string.Join(", ", areas[area].Keywords.Take(3))}): "
                + string.Join("; ", inside.Take(shown).Select(topic => $"{topics[topic].Label} ({sizes[topic]}, old: {string.Join(", ", topics[topic].Keywords.Take(3))})"));
        });
    }

    private static (TokenizedTexts Tokens, HybridVectors Vectors) Vectors(IReadOnlyList<LabelledPaper> papers, IReadOnlyList<float[]> embeddings)
    {
        var tokens = TokenizedTexts.Tokenize([.. papers.Select(paper => paper.Text)]);
        return (tokens, new HybridVectors(embeddings, TfidfVectorizer.Fit(tokens)));
    }

    private static (double Coverage, double Exclusivity) Score(KeyPhrases phrases, string label, int[] assignments, int cluster)
    {
        if (phrases.Of(label) is not { } phrase)
        {
            return (0, 0);
        }

        var users = Enumerable.Range(0, assignments.Length).Where(d => phrases.Contains(d, phrase)).ToArray();
        var size = assignments.Count(assigned => assigned == cluster);
        var inside = users.Count(d => assignments[d] == cluster);
        return ((double)inside / size, users.Length == 0 ? 0 : (double)inside / users.Length);
    }

    private static string Row(string sample, int papers, string clustering, int clusters, string[] categories, int[] assignments, Stopwatch clock, TimeSpan? seconds = null)
    {
        var score = ClusterAgreement.Score(categories, assignments);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {sample} | {papers:N0} | {clustering} | {clusters} | {score.Homogeneity:F3} | {score.Completeness:F3} | {score.VMeasure:F3} | {(seconds ?? clock.Elapsed).TotalSeconds:F1} |");
    }
}
