using DigestGen.Compute.Embeddings.Onnx;

namespace DigestGen.Tests.Compute.Embeddings;

public sealed class ColumnQuantizedMatrixTests
{
    [Fact]
    public void Each_column_is_scaled_to_its_own_largest_value_within_seven_bits()
    {
        // 2 rows × 3 columns: a wide column, a narrow one with a negative extreme, and an all-zero one.
        float[] matrix = [6.3f, 0.005f, 0, -3f, -0.02f, 0];

        var quantized = ColumnQuantizedMatrix.Quantize(matrix, rows: 2, columns: 3);

        Assert.Equal([0.1f, 0.02f / 63, 1], quantized.Scales, (expected, actual) => Math.Abs(expected - actual) <= 1e-6f * expected);
        Assert.Equal(new sbyte[] { 63, 16, 0, -30, -63, 0 }, quantized.Values);
    }

    [Fact]
    public void Dequantised_values_are_within_half_a_step()
    {
        var random = new Random(7);
        var matrix = Enumerable.Range(0, 64 * 16).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();

        var quantized = ColumnQuantizedMatrix.Quantize(matrix, rows: 64, columns: 16);

        Assert.All(quantized.Values, value => Assert.InRange(value, -ColumnQuantizedMatrix.Limit, ColumnQuantizedMatrix.Limit));
        for (var index = 0; index < matrix.Length; index++)
        {
            var scale = quantized.Scales[index % 16];
            Assert.InRange(Math.Abs((quantized.Values[index] * scale) - matrix[index]), 0, (scale / 2) + 1e-6f);
        }
    }
}
