using DigestGen.Compute;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class NearDuplicateTests
{
    // The AltUp paper: its current abstract in one seed dump, an older wording of it in another (merge's tests compare them too).
    internal static readonly string CurrentAltUp = ComputeTestData.SeedLine("000_2a8e25aa0a8ba1ce.txt", 24);
    internal static readonly string OlderAltUp = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 39);
    internal static readonly string SameAuthorsOtherPaper = ComputeTestData.SeedLine("003_fc5df7811cb83546.txt", 34);

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
    public void PairsAnEarlierBuildCheckedAndDidNotReportAreNotCheckedAgain()
    {
        string[] texts = [CurrentAltUp, SameAuthorsOtherPaper, OlderAltUp];
        var vectors = TfidfVectorizer.FitTransform(texts);
        var neighbours = ExactNeighbours.FindTopK(vectors, 2);
        var rule = NearDuplicateRule.Default with { MinCosine = VectorMath.Cosine(vectors[0], vectors[2]) - 0.01 };
        var tokens = TokenizedTexts.Tokenize(texts);
        var asked = new List<(int, int)>();

        var checkedAgain = NearDuplicateFinder.Find(tokens, neighbours, rule, (first, second) =>
        {
            asked.Add((first, second));
            return false;
        });
        var skipped = NearDuplicateFinder.Find(tokens, neighbours, rule, (first, second) => (first, second) == (0, 2));

        var pair = Assert.Single(checkedAgain);
        Assert.Equal((0, 2), (pair.First, pair.Second));
        Assert.Contains((0, 2), asked);
        Assert.Empty(skipped);
    }
}
