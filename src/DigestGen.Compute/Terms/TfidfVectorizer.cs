namespace DigestGen.Compute.Terms;

/// <summary>
/// The baseline document vectors, used when no embedding model is available and as the benchmark's reference:
/// sublinear TF times smoothed IDF over the corpus's most widespread content words, L2-normalised.
/// Dense, so the same clustering and neighbour code serves both; the vocabulary cap bounds memory.
/// </summary>
public static class TfidfVectorizer
{
    /// <summary>Words in fewer documents than this are too rare to relate two papers.</summary>
    private const int MinDocumentFrequency = 2;

    /// <summary>Words in more than this share of documents say nothing about any one of them.</summary>
    private const double MaxDocumentShare = 0.5;

    public static IReadOnlyList<float[]> FitTransform(IReadOnlyList<string> texts, int maxFeatures = 2048)
    {
        var documents = texts.AsParallel().AsOrdered().Select(TermTokenizer.Words).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in documents)
        {
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var maxFrequency = Math.Max(MinDocumentFrequency, (int)(MaxDocumentShare * documents.Length));
        var vocabulary = documentFrequency
            .Where(entry => entry.Value >= MinDocumentFrequency && entry.Value <= maxFrequency)
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(maxFeatures)
            .Select((entry, index) => (entry.Key, Index: index, Idf: (float)(Math.Log((1.0 + documents.Length) / (1.0 + entry.Value)) + 1.0)))
            .ToDictionary(entry => entry.Key, entry => (entry.Index, entry.Idf), StringComparer.Ordinal);

        // At least one dimension, so an empty or all-stop-word corpus still yields well-formed vectors.
        var dimensions = Math.Max(1, vocabulary.Count);
        return documents.AsParallel().AsOrdered().Select(words => Vectorise(words, vocabulary, dimensions)).ToArray();
    }

    private static float[] Vectorise(List<string> words, Dictionary<string, (int Index, float Idf)> vocabulary, int dimensions)
    {
        var vector = new float[dimensions];
        foreach (var word in words)
        {
            if (vocabulary.TryGetValue(word, out var term))
            {
                vector[term.Index] += 1;
            }
        }

        foreach (var (index, idf) in vocabulary.Values)
        {
            if (vector[index] > 0)
            {
                vector[index] = (1 + MathF.Log(vector[index])) * idf;
            }
        }

        VectorMath.NormaliseInPlace(vector);
        return vector;
    }
}
