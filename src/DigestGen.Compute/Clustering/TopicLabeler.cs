using DigestGen.Compute.Terms;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// Labels clusters by class-based TF-IDF, as BERTopic does: all of a cluster's texts form one document, a term's
/// weight is its frequency in that document times log(1 + average cluster length / its frequency everywhere), so
/// terms common to one cluster and rare elsewhere win. Terms are words and two-word phrases.
/// </summary>
public static class TopicLabeler
{
    private const int KeywordCount = 10;
    private const int LabelTerms = 3;

    public static IReadOnlyList<TopicDescription> Describe(IReadOnlyList<string> texts, IReadOnlyList<int> assignments, int clusterCount)
    {
        var documents = texts.AsParallel().AsOrdered().Select(TermTokenizer.WordsAndBigrams).ToArray();
        var counts = Enumerable.Range(0, clusterCount).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var papersWithTerm = Enumerable.Range(0, clusterCount).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var clusterSizes = new int[clusterCount];
        var overall = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            var cluster = assignments[i];
            clusterSizes[cluster]++;
            foreach (var term in documents[i])
            {
                counts[cluster][term] = counts[cluster].GetValueOrDefault(term) + 1;
                overall[term] = overall.GetValueOrDefault(term) + 1;
            }

            foreach (var term in documents[i].Distinct(StringComparer.Ordinal))
            {
                papersWithTerm[cluster][term] = papersWithTerm[cluster].GetValueOrDefault(term) + 1;
            }
        }

        var averageClusterLength = counts.Average(cluster => (double)cluster.Values.Sum());
        var surfaceForms = SurfaceForms.Learn(texts);
        return Enumerable.Range(0, clusterCount).Select(cluster =>
        {
            var length = Math.Max(1, counts[cluster].Values.Sum());
            // A term from a single paper says nothing about the cluster, unless the cluster is that paper.
            var minPapers = Math.Min(2, clusterSizes[cluster]);
            var ranked = counts[cluster]
                .Where(entry => papersWithTerm[cluster][entry.Key] >= minPapers)
                .Select(entry => (Term: entry.Key, Weight: (double)entry.Value / length * Math.Log(1 + (averageClusterLength / overall[entry.Key]))))
                .OrderByDescending(entry => entry.Weight)
                .ThenBy(entry => entry.Term, StringComparer.Ordinal)
                .Select(entry => entry.Term);
            var keywords = WithoutSubsumedWords(ranked).Take(KeywordCount).ToArray();
            return new TopicDescription(Label(keywords, surfaceForms), keywords);
        }).ToArray();
    }

    /// <summary>Drops a word already inside a better-ranked phrase ("learning" after "reinforcement learning").</summary>
    private static IEnumerable<string> WithoutSubsumedWords(IEnumerable<string> ranked)
    {
        var kept = new List<string>();
        foreach (var term in ranked)
        {
            if (!kept.Any(better => better.Split(' ').Contains(term, StringComparer.Ordinal)))
            {
                kept.Add(term);
                yield return term;
            }
        }
    }

    /// <summary>The top terms that share no word with each other, in their usual spelling: "Reinforcement Learning, Reward, Policy".</summary>
    private static string Label(IReadOnlyList<string> keywords, SurfaceForms surfaceForms)
    {
        var chosen = new List<string>();
        foreach (var term in keywords)
        {
            var words = term.Split(' ');
            if (chosen.Count < LabelTerms && !chosen.Any(other => other.Split(' ').Intersect(words, StringComparer.Ordinal).Any()))
            {
                chosen.Add(term);
            }
        }

        return chosen.Count == 0 ? "Miscellaneous" : string.Join(", ", chosen.Select(surfaceForms.Display));
    }
}
