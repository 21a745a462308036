using DigestGen.Compute;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class HybridVectorsTests
{
    private static readonly string[] Texts = [.. ComputeTestData.FirstPapers(40).Select(paper => $"{paper.Title}. {paper.Abstract}")];

    [Theory]
    [InlineData(0.5f)]
    [InlineData(0.3f)]
    public void The_cosine_of_joined_vectors_is_the_weighted_mean_of_the_two_cosines(float weight)
    {
        using var embedder = new HashedWordsEmbedder();
        var embeddings = embedder.Embed(Texts);
        var terms = TfidfVectorizer.Fit(TokenizedTexts.Tokenize(Texts));
        var dense = terms.ToDense();

        var joined = new HybridVectors(embeddings, terms, weight);

        Assert.Equal(embeddings[0].Length + terms.Dimensions, joined.Dimensions);
        var first = Row(joined, 0);
        for (var i = 1; i < Texts.Length; i++)
        {
            var expected = (weight * VectorMath.Cosine(embeddings[0], embeddings[i])) + ((1 - weight) * VectorMath.Cosine(dense[0], dense[i]));
            Assert.Equal(expected, VectorMath.Cosine(first, Row(joined, i)), 1e-5f);
        }
    }

    [Fact]
    public void A_paper_without_vocabulary_words_still_gets_a_unit_vector()
    {
        var joined = new HybridVectors([[3f, 4f]], new TermVectors(["word", "other", "third", "fourth", "fifth"], [SparseVector.Empty]));

        Assert.Equal([0.6f, 0.8f, 0f, 0f, 0f, 0f, 0f], Row(joined, 0));
    }

    [Fact]
    public void Without_embeddings_the_vectors_are_the_tfidf_vectors()
    {
        var terms = TfidfVectorizer.Fit(TokenizedTexts.Tokenize(Texts));

        var joined = new HybridVectors(null, terms);

        Assert.All(terms.ToDense()[3].Zip(Row(joined, 3)), pair => Assert.Equal(pair.First, pair.Second, 1e-6f));
    }

    /// <summary>The joined vector, written out densely as k-means would add it into a centroid sum.</summary>
    private static float[] Row(HybridVectors vectors, int row)
    {
        var dense = new float[vectors.Dimensions];
        vectors.AddTo(row, dense);
        return dense;
    }
}
