namespace DigestGen.Compute.Embeddings.Onnx;

/// <summary>
/// A float weight matrix (rows × columns, row-major) as int8 with one scale per column and zero point 0, the form
/// ONNX Runtime's DynamicQuantizeMatMul takes. Values stay within ±<see cref="Limit"/> (7 bits): x86 CPUs without
/// VNNI multiply uint8 activations by int8 weights in pairs summed into 16 bits, which can overflow with full-range
/// weights; with ±63 it never does, so every CPU computes the same integer products.
/// </summary>
internal sealed record ColumnQuantizedMatrix(sbyte[] Values, float[] Scales)
{
    public const int Limit = 63;

    public static ColumnQuantizedMatrix Quantize(ReadOnlySpan<float> matrix, int rows, int columns)
    {
        var scales = new float[columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                scales[column] = MathF.Max(scales[column], MathF.Abs(matrix[(row * columns) + column]));
            }
        }
        for (var column = 0; column < columns; column++)
        {
            // An all-zero column quantises to zeros whatever its scale; 1 keeps the division defined.
            scales[column] = scales[column] > 0 ? scales[column] / Limit : 1;
        }
        var values = new sbyte[rows * columns];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = (sbyte)Math.Clamp(MathF.Round(matrix[index] / scales[index % columns]), -Limit, Limit);
        }
        return new ColumnQuantizedMatrix(values, scales);
    }
}
