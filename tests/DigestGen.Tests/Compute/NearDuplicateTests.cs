using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class NearDuplicateTests
{
    // The AltUp paper: its current abstract in one seed dump, an older wording of it in another.
    private static readonly string CurrentAltUp = ComputeTestData.SeedLine("000_2a8e25aa0a8ba1ce.txt", 24);
    private static readonly string OlderAltUp = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 39);
    private static readonly string SameAuthorsOtherPaper = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 34);

    [Fact]
    public void ReworderedAbstractOfOnePaperOverlapsAndAnotherPaperDoesNot()
    {
        var samePaper = TextOverlap.Containment(CurrentAltUp, OlderAltUp);
        var otherPaper = TextOverlap.Containment(CurrentAltUp, SameAuthorsOtherPaper);

        Assert.InRange(samePaper, NearDuplicateRule.Default.MinTextOverlap, 1.0);
        Assert.InRange(otherPaper, 0.0, NearDuplicateRule.Default.MinTextOverlap - 0.1);
    }

    [Fact]
    public void TruncatedAbstractIsContainedInTheFullOne()
    {
        var truncated = CurrentAltUp[..(CurrentAltUp.Length / 2)];

        Assert.InRange(TextOverlap.Containment(truncated, CurrentAltUp), 0.95, 1.0);
    }

    [Fact]
    public void FinderReportsOnlyPairsWhoseTextAndVectorsAgree()
    {
        string[] texts = [CurrentAltUp, SameAuthorsOtherPaper, OlderAltUp];
        var vectors = TfidfVectorizer.FitTransform(texts);
        var neighbours = ExactNeighbours.FindTopK(vectors, 2);
        var cosine = VectorMath.Cosine(vectors[0], vectors[2]);

        var pairs = NearDuplicateFinder.Find(texts, neighbours, NearDuplicateRule.Default with { MinCosine = cosine - 0.01 });
        var strict = NearDuplicateFinder.Find(texts, neighbours, NearDuplicateRule.Default with { MinCosine = cosine + 0.01 });

        var pair = Assert.Single(pairs);
        Assert.Equal((0, 2), (pair.First, pair.Second));
        Assert.Empty(strict);
    }

    [Fact]
    public void TextVectorsEmbedEachDistinctTextOnceAndReturnCosine()
    {
        var cache = Directory.CreateTempSubdirectory("digestgen-text-vectors-").FullName;
        try
        {
            using var embedder = new HashedWordsEmbedder();
            var vectors = TextVectors.GetOrEmbed(new EmbeddingCache(cache), embedder, [CurrentAltUp, OlderAltUp, CurrentAltUp, SameAuthorsOtherPaper], out var newlyEmbedded);

            var self = vectors.Cosine(CurrentAltUp, CurrentAltUp)!.Value;
            var related = vectors.Cosine(CurrentAltUp, OlderAltUp)!.Value;
            var unrelated = vectors.Cosine(OlderAltUp, SameAuthorsOtherPaper)!.Value;
            var again = TextVectors.GetOrEmbed(new EmbeddingCache(cache), embedder, [OlderAltUp], out var newlyEmbeddedAgain);

            Assert.Equal(1.0, self, 5);
            Assert.True(related > unrelated, $"{related} > {unrelated}");
            Assert.Null(vectors.Cosine(CurrentAltUp, "Quadrotor landing on a moving platform with tactile feedback."));
            Assert.Equal((3, 3, 0), (newlyEmbedded, embedder.TextsEmbedded, newlyEmbeddedAgain));
            Assert.Equal(1.0, again.Cosine(OlderAltUp, OlderAltUp)!.Value, 5);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
