namespace DigestGen.Compute.Terms;

/// <summary>
/// Every text's content words (<see cref="TermTokenizer.Words"/>) as ids into one vocabulary, so a corpus is
/// tokenized once and then counted by TF-IDF, topic labels and near-duplicate checks without holding millions of
/// word strings. Ids follow first appearance in text order, so the same texts always give the same ids.
/// </summary>
internal sealed class TokenizedTexts
{
    /// <summary>Texts tokenized in parallel per chunk, then interned in order; bounds the words alive at once.</summary>
    private const int ChunkSize = 4096;

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
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<string>();
        var documents = new int[texts.Count][];
        var follows = new bool[texts.Count][];
        for (var start = 0; start < texts.Count; start += ChunkSize)
        {
            var chunk = new (List<string> Words, List<bool> FollowsPrevious)[Math.Min(ChunkSize, texts.Count - start)];
            Parallel.For(0, chunk.Length, i => chunk[i] = TermTokenizer.Tokens(texts[start + i]));
            for (var i = 0; i < chunk.Length; i++)
            {
                var words = chunk[i].Words;
                follows[start + i] = [.. chunk[i].FollowsPrevious];
                var document = new int[words.Count];
                for (var w = 0; w < words.Count; w++)
                {
                    if (!ids.TryGetValue(words[w], out var id))
                    {
                        id = vocabulary.Count;
                        ids.Add(words[w], id);
                        vocabulary.Add(words[w]);
                    }

                    document[w] = id;
                }

                documents[start + i] = document;
            }
        }

        return new TokenizedTexts(vocabulary, documents, follows);
    }
}
