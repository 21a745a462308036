using DigestGen.Merge;
using DigestGen.Tests.Compute;
using static DigestGen.Tests.Compute.NearDuplicateTests;

namespace DigestGen.Tests.Merge;

public sealed class AbstractVectorsTests
{
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
