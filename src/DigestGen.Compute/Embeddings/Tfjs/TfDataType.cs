namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>The TensorFlow DataType enum values a TF.js graph uses.</summary>
internal enum TfDataType
{
    Float = 1,
    Double = 2,
    Int32 = 3,
    Uint8 = 4,
    String = 7,
    Int64 = 9,
    Bool = 10,
}
