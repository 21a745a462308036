namespace DigestGen.Compute.Embeddings;

/// <summary>Where ONNX Runtime runs the model: <c>auto</c> tries CUDA and falls back to the CPU.</summary>
internal enum EmbeddingDevice
{
    Auto,
    Cpu,
    Cuda,
}
