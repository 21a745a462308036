namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>Compares embeddings element by element; batch composition moves the last bits of a float.</summary>
internal static class VectorAssert
{
    public static void Close(IReadOnlyList<float[]> expected, IReadOnlyList<float[]> actual, float tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var row = 0; row < expected.Count; row++)
        {
            Assert.Equal(expected[row].Length, actual[row].Length);
            var worst = expected[row].Zip(actual[row], (e, a) => Math.Abs(e - a)).Max();
            Assert.True(worst <= tolerance, $"row {row}: largest difference {worst:E2} exceeds {tolerance:E0}");
        }
    }
}
