using DigestGen.Compute.Embeddings;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The TF.js graph is converted once and kept under the cache, keyed by the package's hash.</summary>
[Collection(DefaultModelCollection.Name)]
public sealed class ModelConversionTests(DefaultModelFixture model)
{
    [Theory]
    [InlineData(ModelPrecision.Float, "float")]
    [InlineData(ModelPrecision.Int8, "int8")]
    internal void Conversion_is_cached_under_the_package_hash_and_precision(ModelPrecision precision, string name)
    {
        var package = UniversalSentenceEncoderPackage.Open(DefaultModelFixture.PackageDirectory, cacheDirectory: null);
        var converted = Assert.Single(Directory.GetFiles(Path.Combine(model.CacheDirectory, "models"), $"*-{name}.onnx"));
        var written = File.GetLastWriteTimeUtc(converted);

        Assert.Contains(package.ContentHash[..16], Path.GetFileName(converted), StringComparison.Ordinal);
        Assert.Equal(converted, package.GetOrConvert(model.CacheDirectory, precision));
        Assert.Equal(written, File.GetLastWriteTimeUtc(converted));
    }

    [Fact]
    public void Package_hash_is_each_model_file_name_and_bytes_in_name_order()
    {
        // The hash names every cached conversion and embedding: reading the files another way must not move it.
        var files = Directory.EnumerateFiles(Path.Combine(DefaultModelFixture.PackageDirectory, "dist"))
            .Where(file => !file.EndsWith(".js", StringComparison.Ordinal) && !file.EndsWith(".ts", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var whole = files.SelectMany(file => System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n").Concat(File.ReadAllBytes(file))).ToArray();

        var package = UniversalSentenceEncoderPackage.Open(DefaultModelFixture.PackageDirectory, cacheDirectory: null);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(whole)), package.ContentHash);
    }

    [Fact]
    public void Damaged_conversion_is_rebuilt_not_trusted()
    {
        using var cache = new TempFolder();
        var package = UniversalSentenceEncoderPackage.Open(DefaultModelFixture.PackageDirectory, cacheDirectory: null);
        var converted = package.GetOrConvert(cache.Path, ModelPrecision.Int8);
        var healthy = File.ReadAllBytes(converted);
        File.WriteAllBytes(converted, healthy[..1000]);

        using var embedder = EmbedderFactory.Create(new EmbedderOptions(cache.Path, "cpu", DefaultModelFixture.PackageDirectory)).Embedder;

        Assert.Equal(model.Embedder.Embed(["a sentence"])[0], embedder.Embed(["a sentence"])[0]);
        Assert.Equal(healthy, File.ReadAllBytes(converted));
    }

    [Fact]
    public void Unsupported_op_is_named_in_the_message()
    {
        using var package = new TempFolder();
        package.Write("package.json", """{"name": "tiny-tfjs", "version": "1.0.0"}""");
        package.Write("dist/vocab.json", """[["<unk>", 0], ["a", -1]]""");
        package.Write("dist/model.json", """
            {"modelTopology": {"node": [
              {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": 1}}},
              {"name": "y", "op": "Erfinv", "input": ["x"]}]},
             "weightsManifest": []}
            """);

        var error = Assert.Throws<EmbedderUnavailableException>(() =>
            EmbedderFactory.Create(new EmbedderOptions(package.Combine("cache"), "cpu", package.Path)));

        Assert.Equal("cannot convert tiny-tfjs@1.0.0 to ONNX: node 'y': TensorFlow op 'Erfinv' has no ONNX mapping in this converter", error.Message);
    }

    [Fact]
    public void Long_text_is_the_normalised_mean_of_its_windows()
    {
        var text = string.Join(" ", CorpusSample.First(3).Select(record => record.Abstract));
        var ids = model.Tokenizer.Encode(text);
        Assert.True(ids.Length > 2 * OnnxTextEmbedder.MaxTokensPerWindow);

        var windows = ids.Chunk(OnnxTextEmbedder.MaxTokensPerWindow).Select(window => model.Embedder.Run([window])[0]);
        var mean = new float[model.Embedder.Dimensions];
        foreach (var window in windows)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(mean, window, mean);
        }
        System.Numerics.Tensors.TensorPrimitives.Divide(mean, System.Numerics.Tensors.TensorPrimitives.Norm(mean), mean);

        var embedded = model.Embedder.Embed([text])[0];
        Assert.Equal(mean, embedded, (a, b) => Math.Abs(a - b) < 1e-6f);
        Assert.Equal(1.0, System.Numerics.Tensors.TensorPrimitives.Norm(embedded), 5);
    }
}
