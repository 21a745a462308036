using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
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

    public static IReadOnlyList<TopicDescription> Describe(IReadOnlyList<string> texts, IReadOnlyList<int> assignments, int clusterCount) =>
        Describe(TokenizedTexts.Tokenize(texts), texts, assignments, clusterCount);

    /// <param name="tokens">The texts' words, as tokenized once for the whole compute stage.</param>
    /// <param name="texts">The texts themselves, for the usual spelling of the label words.</param>
    public static IReadOnlyList<TopicDescription> Describe(TokenizedTexts tokens, IReadOnlyList<string> texts, IReadOnlyList<int> assignments, int clusterCount)
    {
        var members = Enumerable.Range(0, tokens.Count).ToLookup(i => assignments[i]);
        var lengths = new long[clusterCount];
        var counts = new Dictionary<long, TermCount>[clusterCount];
        Parallel.For(0, clusterCount, cluster =>
        {
            // A term from a single paper says nothing about the cluster, unless the cluster is that paper; dropping
            // such terms at once keeps a tenth of the entries.
            var minPapers = Math.Min(2, members[cluster].Count());
            var all = CountTerms(tokens, members[cluster]);
            lengths[cluster] = all.Values.Sum(count => (long)count.Occurrences);
            counts[cluster] = all.Where(entry => entry.Value.Papers >= minPapers).ToDictionary(TermKeyComparer.Instance);
        });

        var overall = CountEverywhere(tokens, counts.SelectMany(cluster => cluster.Keys));
        var averageClusterLength = lengths.Average(length => (double)length);
        var keywords = Enumerable.Range(0, clusterCount).Select(cluster =>
        {
            var length = Math.Max(1, lengths[cluster]);
            var ranked = counts[cluster]
                .Select(entry => (Term: Text(tokens, entry.Key), Weight: (double)entry.Value.Occurrences / length * Math.Log(1 + (averageClusterLength / overall[entry.Key]))))
                .OrderByDescending(entry => entry.Weight)
                .ThenBy(entry => entry.Term, StringComparer.Ordinal)
                .Select(entry => entry.Term);
            return WithoutSubsumedWords(ranked).Take(KeywordCount).ToArray();
        }).ToArray();

        var surfaceForms = SurfaceForms.Learn(texts, keywords.SelectMany(terms => terms).SelectMany(term => term.Split(' ')));
        return [.. keywords.Select(terms => new TopicDescription(Label(terms, surfaceForms), terms))];
    }

    /// <summary>Occurrences of the given terms in all texts, counted in parallel chunks and summed.</summary>
    private static Dictionary<long, int> CountEverywhere(TokenizedTexts tokens, IEnumerable<long> terms)
    {
        var slots = new Dictionary<long, int>(TermKeyComparer.Instance);
        foreach (var term in terms)
        {
            slots.TryAdd(term, slots.Count);
        }

        var totals = new int[slots.Count];
        Parallel.ForEach(Partitioner.Create(0, tokens.Count, 4096), () => new int[slots.Count], (range, _, local) =>
        {
            for (var d = range.Item1; d < range.Item2; d++)
            {
                var words = tokens.Documents[d];
                for (var w = 0; w < words.Length; w++)
                {
                    if (slots.TryGetValue(words[w], out var slot))
                    {
                        local[slot]++;
                    }

                    if (w + 1 < words.Length && slots.TryGetValue(Bigram(words[w], words[w + 1]), out slot))
                    {
                        local[slot]++;
                    }
                }
            }

            return local;
        }, local =>
        {
            lock (totals)
            {
                TensorPrimitives.Add(totals, local, totals);
            }
        });
        return slots.ToDictionary(entry => entry.Key, entry => totals[entry.Value], TermKeyComparer.Instance);
    }

    /// <summary>Occurrences of each word and two-word phrase in a cluster's texts, and in how many of them.</summary>
    private static Dictionary<long, TermCount> CountTerms(TokenizedTexts tokens, IEnumerable<int> documents)
    {
        var counts = new Dictionary<long, TermCount>(TermKeyComparer.Instance);
        foreach (var d in documents)
        {
            var words = tokens.Documents[d];
            for (var w = 0; w < words.Length; w++)
            {
                Count(counts, words[w], d);
                if (w + 1 < words.Length)
                {
                    Count(counts, Bigram(words[w], words[w + 1]), d);
                }
            }
        }

        return counts;
    }

    private static void Count(Dictionary<long, TermCount> counts, long term, int document)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out var exists);
        count = exists
            ? new TermCount(count.Occurrences + 1, count.Papers + (count.LastDocument == document ? 0 : 1), document)
            : new TermCount(1, 1, document);
    }

    /// <summary>A word is its id; a two-word phrase packs both ids, the first offset by one so the two never collide.</summary>
    private static long Bigram(int first, int second) => ((long)(first + 1) << 32) | (uint)second;

    private static string Text(TokenizedTexts tokens, long term) => term >> 32 == 0
        ? tokens.Vocabulary[(int)term]
        : string.Concat(tokens.Vocabulary[(int)(term >> 32) - 1], " ", tokens.Vocabulary[(int)(term & uint.MaxValue)]);

    private readonly record struct TermCount(int Occurrences, int Papers, int LastDocument);

    /// <summary>long's own hash XORs the two ids of a phrase together, so most phrases would collide: mix them.</summary>
    private sealed class TermKeyComparer : IEqualityComparer<long>
    {
        public static readonly TermKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key)
        {
            var mixed = (ulong)key * 0x9E3779B97F4A7C15UL;
            return (int)(mixed >> 32) ^ (int)mixed;
        }
    }

    /// <summary>Drops a word already inside a better-ranked phrase ("learning" after "reinforcement learning").</summary>
    private static IEnumerable<string> WithoutSubsumedWords(IEnumerable<string> ranked)
    {
        var kept = new List<string>();
        foreach (var term in ranked)
        {
            if (!kept.Any(better => better.Split(' ').Select(Singular).Contains(Singular(term), StringComparer.Ordinal)))
            {
                kept.Add(term);
                yield return term;
            }
        }
    }

    /// <summary>"models" and "model" are one word to a reader; a crude plural fold is enough to avoid "Models, Model".</summary>
    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>The top terms that share no word with each other, in their usual spelling: "Reinforcement Learning, Reward, Policy".</summary>
    private static string Label(IReadOnlyList<string> keywords, SurfaceForms surfaceForms)
    {
        var chosen = new List<string>();
        foreach (var term in keywords)
        {
            var words = term.Split(' ').Select(Singular);
            if (chosen.Count < LabelTerms && !chosen.Any(other => other.Split(' ').Select(Singular).Intersect(words, StringComparer.Ordinal).Any()))
            {
                chosen.Add(term);
            }
        }

        return chosen.Count == 0 ? "Miscellaneous" : string.Join(", ", chosen.Select(surfaceForms.Display));
    }
}
