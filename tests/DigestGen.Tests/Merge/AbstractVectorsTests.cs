using DigestGen.Merge;
using DigestGen.Tests.Compute;

namespace DigestGen.Tests.Merge;

public sealed class AbstractVectorsTests
{
    // The AltUp paper: its current abstract in one seed dump, an older wording of it in another.
    private static readonly string CurrentAltUp = ComputeTestData.SeedLine("000_2a8e25aa0a8ba1ce.txt", 24);
    private static readonly string OlderAltUp = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 39);
    private static readonly string SameAuthorsOtherPaper = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 34);

    [Fact]
    public void Cosine_compares_embedded_texts_and_knows_nothing_of_the_others()
    {
        using var embedder = new HashedWordsEmbedder();
        string[] texts = [CurrentAltUp, OlderAltUp, CurrentAltUp, SameAuthorsOtherPaper];

        var vectors = AbstractVectors.Of(texts, embedder.Embed(texts));

        Assert.Equal(3, vectors.Count);
        Assert.Equal(1.0, vectors.Cosine(CurrentAltUp, CurrentAltUp)!.Value, 5);
        Assert.True(vectors.Cosine(CurrentAltUp, OlderAltUp) > vectors.Cosine(OlderAltUp, SameAuthorsOtherPaper));
        Assert.Null(vectors.Cosine(CurrentAltUp, "Quadrotor landing on a moving platform with tactile feedback."));
        Assert.Null(AbstractVectors.None.Cosine(CurrentAltUp, CurrentAltUp));
    }
}
