namespace DigestGen.Compute.Embeddings;

/// <summary>
/// How the default model's converted graph multiplies by its weight matrices: in float as TF.js does (the CUDA
/// path, and the converter's check against TF.js), or with int8 weights on the CPU (about 2× faster).
/// </summary>
internal enum ModelPrecision
{
    Float,
    Int8,
}
