namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>One constant of a TF.js graph as stored in the weight shards: little-endian float32 or int32 values.</summary>
internal sealed record TfjsWeight(string Name, IReadOnlyList<long> Shape, TfDataType DataType, byte[] Data)
{
    public long[] ToInt64Array() => DataType switch
    {
        TfDataType.Int32 => [.. System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(Data).ToArray().Select(value => (long)value)],
        _ => throw new TfjsFormatException($"weight '{Name}' is {DataType}, expected integers"),
    };
}
