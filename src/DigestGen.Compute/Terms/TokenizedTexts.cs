using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace DigestGen.Compute.Terms;

/// <summary>
/// Every text's content words (<see cref="TermTokenizer.Words"/>) as ids into one vocabulary, so a corpus is
/// tokenized once and then counted by TF-IDF, topic labels and near-duplicate checks without holding millions of
/// word strings. Ids follow first appearance in text order, so the same texts always give the same ids.
/// </summary>
internal sealed class TokenizedTexts
{
    private TokenizedTexts(IReadOnlyList<string> vocabulary, int[][] documents, bool[][] followsPrevious)
    {
        Vocabulary = vocabulary;
        Documents = documents;
        FollowsPrevious = followsPrevious;
    }

    /// <summary>Word of each id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Each text's content words as ids, in text order.</summary>
    public IReadOnlyList<int[]> Documents { get; }

    /// <summary>For each word of each text, whether it directly follows the previous word (a phrase may span them).</summary>
    public IReadOnlyList<bool[]> FollowsPrevious { get; }

    public int Count => Documents.Count;

    public static TokenizedTexts Tokenize(IReadOnlyList<string> texts)
    {
        // Words are interned where they are found, on every core, under provisional ids, and looked up by span, so only a
        // word new to the corpus becomes a string; renumbering in text order afterwards gives the ids above. One core
        // interning every word of 100,000 abstracts into one dictionary was most of a nightly's "words" step.
        var provisional = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var known = provisional.GetAlternateLookup<ReadOnlySpan<char>>();
        var issued = new StrongBox<int>();
        var documents = new int[texts.Count][];
        var follows = new bool[texts.Count][];
        Parallel.For(0, texts.Count, () => (Words: new List<int>(), Follows: new List<bool>()), (d, _, found) =>
        {
            found.Words.Clear();
            found.Follows.Clear();
            TermTokenizer.Scan(texts[d], (word, followsPrevious) =>
            {
                found.Words.Add(known.TryGetValue(word, out var id) ? id : provisional.GetOrAdd(word.ToString(), _ => Interlocked.Increment(ref issued.Value) - 1));
                found.Follows.Add(followsPrevious);
            });
            documents[d] = [.. found.Words];
            follows[d] = [.. found.Follows];
            return found;
        }, _ => { });

        var wordOf = new string[issued.Value];
        foreach (var (word, id) in provisional)
        {
            wordOf[id] = word;
        }

        var renumbered = new int[issued.Value];
        Array.Fill(renumbered, -1);
        var vocabulary = new List<string>(provisional.Count);
        foreach (var document in documents)
        {
            for (var w = 0; w < document.Length; w++)
            {
                ref var id = ref renumbered[document[w]];
                if (id < 0)
                {
                    id = vocabulary.Count;
                    vocabulary.Add(wordOf[document[w]]);
                }

                document[w] = id;
            }
        }

        return new TokenizedTexts(vocabulary, documents, follows);
    }
}
