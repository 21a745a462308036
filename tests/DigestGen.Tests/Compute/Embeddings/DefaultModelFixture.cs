using DigestGen.Compute.Embeddings;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>
/// Converts the default model once per test run (into a temporary cache) and shares the embedders: the build's own
/// on the CPU (int8 weights) and the float graph, which must agree with TF.js and which CUDA runs.
/// </summary>
public sealed class DefaultModelFixture : IDisposable
{
    private readonly TempFolder cache = new();

    public DefaultModelFixture()
    {
        var selection = EmbedderFactory.Create(new EmbedderOptions(cache.Path, "cpu", PackageDirectory));
        Embedder = (OnnxTextEmbedder)selection.Embedder;
        FloatEmbedder = EmbedderFactory.CreateDefault(new EmbedderOptions(cache.Path, "cpu", PackageDirectory), ModelPrecision.Float);
        Tokenizer = SentencePieceTokenizer.Load(Path.Combine(PackageDirectory, "dist", "vocab.json"));
    }

    public static string PackageDirectory => EmbedderOptions.DefaultModelPackageDirectory(RepoPaths.NodeModules);

    public string CacheDirectory => cache.Path;

    internal OnnxTextEmbedder Embedder { get; }

    internal OnnxTextEmbedder FloatEmbedder { get; }

    internal SentencePieceTokenizer Tokenizer { get; }

    public void Dispose()
    {
        Embedder.Dispose();
        FloatEmbedder.Dispose();
        cache.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DefaultModelCollection : ICollectionFixture<DefaultModelFixture>
{
    public const string Name = "Default embedding model";
}
