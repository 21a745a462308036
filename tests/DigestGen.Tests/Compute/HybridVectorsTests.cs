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
        var terms = TfidfVectorizer.FitTransform(Texts);

        var joined = HybridVectors.Join(embeddings, terms, weight);

        for (var i = 1; i < Texts.Length; i++)
        {
            var expected = (weight * VectorMath.Cosine(embeddings[0], embeddings[i])) + ((1 - weight) * VectorMath.Cosine(terms[0], terms[i]));
            Assert.Equal(expected, VectorMath.Cosine(joined[0], joined[i]), 1e-5f);
            Assert.Equal(embeddings[i].Length + terms[i].Length, joined[i].Length);
        }
    }

    [Fact]
    public void A_paper_without_vocabulary_words_still_gets_a_unit_vector()
    {
        var joined = HybridVectors.Join([[3f, 4f]], [new float[5]]);

        Assert.Equal([0.6f, 0.8f, 0f, 0f, 0f, 0f, 0f], joined[0]);
    }
}
