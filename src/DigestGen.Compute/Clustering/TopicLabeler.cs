using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using DigestGen.Compute.Terms;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// Describes clusters for a reader. The label is the cluster's key phrase (<see cref="KeyPhrases"/>) that best
/// combines coverage (the share of the cluster's papers using it) and exclusivity (the share of papers using it that
/// are in the cluster), each cluster's its own, in sentence case: "Speech recognition", "Graph neural networks"; a
/// single word only where it is far better than any phrase ("Quadrotors").
/// The keywords are ranked by class-based TF-IDF, as BERTopic does: all of a cluster's texts form one document, a
/// term's weight is its frequency in that document times log(1 + average cluster length / its frequency
/// everywhere), so terms common to one cluster and rare elsewhere win. Terms are words and two-word phrases.
/// </summary>
internal static class TopicLabeler
{
    private const int KeywordCount = 10;

    /// <summary>
    /// A single word labels a cluster only where it is at least twice as good as any phrase: readers understand
    /// "Speech recognition" better than "Speech", but "Quadrotors" better than a phrase only a fifth of the papers use.
    /// </summary>
    private const double SingleWordHandicap = 0.5;

    /// <summary>
    /// Verbs, linking adverbs and vague words that no reader's name for a subject starts or ends with ("upcycling
    /// outperforms"); in a cluster of a few papers such a word can be the only one they share ("Thereby").
    /// </summary>
    private static readonly FrozenSet<string> NotAtLabelEdges = FrozenSet.ToFrozenSet(
    [
        "achieved", "allow", "allows", "based", "called", "consider", "considers", "enable", "enables", "existing",
        "finally", "find", "finds", "focus", "focused", "focuses", "furthermore", "hence", "improve", "improved",
        "improves", "improving", "introduce", "introduced", "introduces", "key", "known", "leverage", "leverages",
        "main", "make", "makes", "moreover", "novel", "obtain", "obtained", "obtains", "outperform", "outperforms",
        "past", "perform", "performed", "performs", "present", "presents", "prior", "proposal", "proposals", "propose",
        "proposed", "proposes", "recent", "recently", "remain", "remains", "require", "requires", "several", "show",
        "shows", "simple", "theorem", "theorems", "thereby", "use", "used", "uses", "using", "various", "whereas",
        "whereby", "work", "works",
    ], StringComparer.Ordinal);

    /// <summary>Each cluster's most used phrases are scored; a distinctive phrase few of its papers use would not label it well anyway.</summary>
    private const int PhraseCandidates = 100;

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

        var phrases = new KeyPhrases(tokens);
        var clusters = Enumerable.Range(0, clusterCount).Select(cluster => members[cluster].ToArray()).ToArray();
        var labels = ChooseLabels(phrases, clusters).Select((phrase, cluster) => phrase is { } chosen
            ? phrases.MostUsedForm(chosen, clusters[cluster])
            : keywords[cluster].FirstOrDefault() ?? "miscellaneous").ToArray();
        var surfaceForms = SurfaceForms.Learn(texts, labels.SelectMany(label => label.Split(' ')));
        return [.. keywords.Select((terms, cluster) => new TopicDescription(surfaceForms.Sentence(labels[cluster]), terms))];
    }

    /// <summary>
    /// Each cluster's best key phrase by coverage × exclusivity, no two clusters the same: the clusters whose best
    /// phrase scores highest choose first, and a cluster whose phrase is taken gets its next best. Null where a
    /// cluster's papers share no phrase.
    /// </summary>
    private static long?[] ChooseLabels(KeyPhrases phrases, int[][] clusters)
    {
        var inCluster = new Dictionary<long, int>[clusters.Length];
        Parallel.For(0, clusters.Length, cluster =>
        {
            var counts = new Dictionary<long, int>(TermKeyComparer.Instance);
            foreach (var d in clusters[cluster])
            {
                foreach (var phrase in phrases.In(d))
                {
                    counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
                }
            }

            // Words are far more frequent than phrases: each kind gets its own most used candidates.
            var minPapers = Math.Min(2, clusters[cluster].Length);
            inCluster[cluster] = counts.Where(entry => entry.Value >= minPapers && CanLabel(phrases.Text(entry.Key)))
                .GroupBy(entry => KeyPhrases.IsWord(entry.Key))
                .SelectMany(kind => kind.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key).Take(PhraseCandidates))
                .ToDictionary(TermKeyComparer.Instance);
        });

        var everywhere = PapersUsing(phrases, inCluster.SelectMany(counts => counts.Keys));
        var ranked = inCluster.Select((counts, cluster) => counts
            .Select(entry => (Phrase: entry.Key, Score: (KeyPhrases.IsWord(entry.Key) ? SingleWordHandicap : 1) * entry.Value / clusters[cluster].Length * entry.Value / everywhere[entry.Key]))
            .OrderByDescending(candidate => candidate.Score).ThenByDescending(candidate => candidate.Phrase)
            .ToArray()).ToArray();

        var labels = new long?[clusters.Length];
        var taken = new HashSet<long>();
        var order = Enumerable.Range(0, clusters.Length).OrderByDescending(cluster => ranked[cluster].Select(c => c.Score).FirstOrDefault()).ThenBy(cluster => cluster);
        foreach (var cluster in order)
        {
            var free = ranked[cluster].Where(candidate => !taken.Contains(candidate.Phrase)).Select(candidate => (long?)candidate.Phrase).FirstOrDefault();
            if (free is { } phrase)
            {
                taken.Add(phrase);
                labels[cluster] = phrase;
            }
        }

        return labels;
    }

    private static bool CanLabel(string phrase) =>
        !NotAtLabelEdges.Contains(phrase[..(phrase.IndexOf(' ', StringComparison.Ordinal) is var end and >= 0 ? end : phrase.Length)])
        && !NotAtLabelEdges.Contains(phrase[(phrase.LastIndexOf(' ') + 1)..]);

    /// <summary>How many texts use each of the given phrases.</summary>
    private static Dictionary<long, int> PapersUsing(KeyPhrases phrases, IEnumerable<long> candidates) =>
        CountInAllTexts(phrases.Tokens.Count, candidates, (d, slots, local) =>
        {
            foreach (var phrase in phrases.In(d))
            {
                if (slots.TryGetValue(phrase, out var slot))
                {
                    local[slot]++;
                }
            }
        });

    /// <summary>Occurrences of the given terms in all texts.</summary>
    private static Dictionary<long, int> CountEverywhere(TokenizedTexts tokens, IEnumerable<long> terms) =>
        CountInAllTexts(tokens.Count, terms, (d, slots, local) =>
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
        });

    /// <summary>A count per term over all texts: each chunk of texts counts into its own array, summed at the end.</summary>
    /// <param name="countText">Adds one text's counts (by its index) into the slots of the terms it holds.</param>
    private static Dictionary<long, int> CountInAllTexts(int texts, IEnumerable<long> terms, Action<int, Dictionary<long, int>, int[]> countText)
    {
        var slots = new Dictionary<long, int>(TermKeyComparer.Instance);
        foreach (var term in terms)
        {
            slots.TryAdd(term, slots.Count);
        }

        var totals = new int[slots.Count];
        Parallel.ForEach(Partitioner.Create(0, texts, 4096), () => new int[slots.Count], (range, _, local) =>
        {
            for (var d = range.Item1; d < range.Item2; d++)
            {
                countText(d, slots, local);
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

    /// <summary>long's own hash XORs the two halves of a packed phrase together, so many phrases would collide: mix them.</summary>
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
            if (!kept.Any(better => better.Split(' ').Select(KeyPhrases.Singular).Contains(KeyPhrases.Singular(term), StringComparer.Ordinal)))
            {
                kept.Add(term);
                yield return term;
            }
        }
    }

}
