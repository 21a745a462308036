using DigestGen.Compute.Projection;

namespace DigestGen.Tests.Compute;

public sealed class PrincipalMapTests
{
    [Fact]
    public void PointsLieInTheUnitSquareAndSeparateGroupsStayApart()
    {
        var vectors = TopicClustererTests.SphericalBlobs(centres: 2, perCentre: 50, dimensions: 64, spread: 0.2f, seed: 11);

        var points = PrincipalMap.Project(vectors);

        Assert.All(points, point =>
        {
            Assert.InRange(point.X, 0, 1);
            Assert.InRange(point.Y, 0, 1);
        });
        // Blobs alternate by index; the first principal axis runs between them.
        var left = points.Where((_, i) => i % 2 == 0).Select(point => point.X).ToArray();
        var right = points.Where((_, i) => i % 2 == 1).Select(point => point.X).ToArray();
        Assert.True(left.Max() < right.Min() || right.Max() < left.Min(), "the two groups overlap on the map's first axis");
        Assert.Equal(1.0, points.Max(point => point.X) - points.Min(point => point.X), 6);
    }

    [Fact]
    public void IdenticalVectorsSitInTheCentre()
    {
        float[] vector = [0.6f, 0.8f];

        Assert.Equal([(0.5, 0.5), (0.5, 0.5)], PrincipalMap.Project([vector, vector]));
        Assert.Empty(PrincipalMap.Project([]));
    }
}
