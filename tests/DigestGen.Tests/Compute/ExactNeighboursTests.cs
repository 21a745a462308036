using DigestGen.Compute;
using DigestGen.Compute.Neighbours;

namespace DigestGen.Tests.Compute;

public sealed class ExactNeighboursTests
{
    [Theory]
    [InlineData(1, 8, 3)]
    [InlineData(7, 5, 10)]
    [InlineData(301, 37, 5)]
    [InlineData(260, 512, 10)]
    public void MatchesBruteForce(int count, int dimensions, int k)
    {
        var vectors = RandomUnitVectors(count, dimensions, seed: count);

        var found = ExactNeighbours.FindTopK(vectors, k);

        var expectedCount = Math.Min(k, count - 1);
        for (var i = 0; i < count; i++)
        {
            var expected = Enumerable.Range(0, count)
                .Where(j => j != i)
                .Select(j => (Index: j, Similarity: NaiveDot(vectors[i], vectors[j])))
                .OrderByDescending(pair => pair.Similarity)
                .ThenBy(pair => pair.Index)
                .Take(expectedCount)
                .ToArray();
            Assert.Equal(expected.Select(pair => pair.Index), found.Indices[i]);
            Assert.All(expected.Zip(found.Similarities[i]), pair => Assert.Equal(pair.First.Similarity, pair.Second, 1e-4));
        }
    }

    [Fact]
    public void TiesGoToTheLowerIndexAndNeverToItself()
    {
        float[] a = [1, 0], b = [0, 1];
        var found = ExactNeighbours.FindTopK([a, b, a, a, b], 2);

        Assert.Equal([2, 3], found.Indices[0]);
        Assert.Equal([0, 3], found.Indices[2]);
        Assert.Equal([4, 0], found.Indices[1]);
        Assert.Equal(1f, found.Similarities[1][0]);
    }

    [Fact]
    public void SingleThreadedAndParallelRunsAgree()
    {
        var vectors = RandomUnitVectors(200, 64, seed: 9);

        var serial = ExactNeighbours.FindTopK(vectors, 4, maxDegreeOfParallelism: 1);
        var parallel = ExactNeighbours.FindTopK(vectors, 4);

        Assert.Equal(serial.Indices.SelectMany(row => row), parallel.Indices.SelectMany(row => row));
    }

    internal static float[][] RandomUnitVectors(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var vector = Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            VectorMath.NormaliseInPlace(vector);
            return vector;
        }).ToArray();
    }

    private static float NaiveDot(float[] left, float[] right)
    {
        var sum = 0.0;
        for (var d = 0; d < left.Length; d++)
        {
            sum += left[d] * (double)right[d];
        }

        return (float)sum;
    }
}
