namespace DigestGen.Compute.Terms;

/// <summary>
/// The baseline document vectors, used when no embedding model is available, as the word half of topic vectors and
/// as the benchmark's reference: sublinear TF times smoothed IDF over the corpus's most widespread content words,
/// L2-normalised. Sparse: an abstract uses a few dozen of the 2,048 features.
/// </summary>
internal static class TfidfVectorizer
{
    public const int DefaultMaxFeatures = 2048;

    /// <summary>Words in fewer documents than this are too rare to relate two papers.</summary>
    private const int MinDocumentFrequency = 2;

    /// <summary>Words in more than this share of documents say nothing about any one of them.</summary>
    private const double MaxDocumentShare = 0.5;

    /// <summary>Dense vectors of raw texts, for callers that want plain arrays (the fallback vectors, the bench).</summary>
    public static float[][] FitTransform(IReadOnlyList<string> texts, int maxFeatures = DefaultMaxFeatures) =>
        Fit(TokenizedTexts.Tokenize(texts), maxFeatures).ToDense();

    public static TermVectors Fit(TokenizedTexts texts, int maxFeatures = DefaultMaxFeatures)
    {
        var documentFrequency = new int[texts.Vocabulary.Count];
        var lastDocument = new int[texts.Vocabulary.Count];
        Array.Fill(lastDocument, -1);
        for (var d = 0; d < texts.Count; d++)
        {
            foreach (var word in texts.Documents[d])
            {
                if (lastDocument[word] != d)
                {
                    lastDocument[word] = d;
                    documentFrequency[word]++;
                }
            }
        }

        var maxFrequency = Math.Max(MinDocumentFrequency, (int)(MaxDocumentShare * texts.Count));
        var features = Enumerable.Range(0, documentFrequency.Length)
            .Where(word => documentFrequency[word] >= MinDocumentFrequency && documentFrequency[word] <= maxFrequency)
            .OrderByDescending(word => documentFrequency[word])
            .ThenBy(word => texts.Vocabulary[word], StringComparer.Ordinal)
            .Take(maxFeatures)
            .ToArray();
        var featureOf = new int[texts.Vocabulary.Count];
        Array.Fill(featureOf, -1);
        var idf = new float[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            featureOf[features[f]] = f;
            idf[f] = (float)(Math.Log((1.0 + texts.Count) / (1.0 + documentFrequency[features[f]])) + 1.0);
        }

        var rows = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, d => rows[d] = Vectorise(texts.Documents[d], featureOf, idf));
        return new TermVectors([.. features.Select(word => texts.Vocabulary[word])], rows);
    }

    private static SparseVector Vectorise(int[] words, int[] featureOf, float[] idf)
    {
        var found = words.Select(word => featureOf[word]).Where(feature => feature >= 0).Order().ToArray();
        if (found.Length == 0)
        {
            return SparseVector.Empty;
        }

        var indices = new List<int>();
        var values = new List<float>();
        for (var start = 0; start < found.Length;)
        {
            var end = start;
            while (end < found.Length && found[end] == found[start])
            {
                end++;
            }

            indices.Add(found[start]);
            values.Add((1 + MathF.Log(end - start)) * idf[found[start]]);
            start = end;
        }

        var weights = values.ToArray();
        VectorMath.NormaliseInPlace(weights);
        return new SparseVector([.. indices], weights);
    }
}
