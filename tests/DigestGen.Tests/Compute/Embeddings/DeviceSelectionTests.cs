using DigestGen.Compute.Embeddings;
using DigestGen.Tests.Support;
using Microsoft.ML.OnnxRuntime;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The default build has the CPU-only ONNX Runtime: auto falls back with a note, cuda refuses plainly.</summary>
[Collection(DefaultModelCollection.Name)]
public sealed class DeviceSelectionTests(DefaultModelFixture model)
{
    [Fact]
    public void Auto_falls_back_to_the_cpu_with_one_note()
    {
        var selection = EmbedderFactory.Create(new EmbedderOptions(model.CacheDirectory, "auto", DefaultModelFixture.PackageDirectory));
        using var embedder = selection.Embedder;

        // The session, and with it the device, is chosen when the first text is embedded.
        Assert.Empty(selection.Notes);
        Assert.Equal(512, embedder.Embed(["still embeds"])[0].Length);
        var note = Assert.Single(selection.Notes);
        Assert.StartsWith("Embedding on the CPU:", note, StringComparison.Ordinal);
        Assert.Contains("no CUDA execution provider", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_constant_says_what_the_native_runtime_offers()
    {
        var offersCuda = OrtEnv.Instance().GetAvailableProviders().Contains("CUDAExecutionProvider", StringComparer.Ordinal);

        Assert.Equal(offersCuda, OnnxSessionFactory.CudaBuild);
    }

    [Fact]
    public void Cpu_has_no_notes()
    {
        var selection = EmbedderFactory.Create(new EmbedderOptions(model.CacheDirectory, "cpu", DefaultModelFixture.PackageDirectory));
        using var embedder = selection.Embedder;

        Assert.Empty(selection.Notes);
    }

    [Fact]
    public void Cuda_without_a_cuda_build_fails_with_a_clear_message()
    {
        var error = Assert.Throws<EmbedderUnavailableException>(() =>
            EmbedderFactory.Create(new EmbedderOptions(model.CacheDirectory, "cuda", DefaultModelFixture.PackageDirectory)));

        Assert.Equal(
            "--device cuda: this ONNX Runtime build has no CUDA execution provider (the CPU package is installed). "
            + "Use --device auto or cpu, or build with -p:OnnxRuntimeGpu=true on a machine with CUDA.",
            error.Message);
    }

    [Fact]
    public void Unknown_device_is_named()
    {
        var error = Assert.Throws<EmbedderUnavailableException>(() =>
            EmbedderFactory.Create(new EmbedderOptions(model.CacheDirectory, "tpu", DefaultModelFixture.PackageDirectory)));

        Assert.Equal("unknown device 'tpu': use cpu, cuda or auto", error.Message);
    }

    [Fact]
    public void Missing_model_package_says_how_to_install_it()
    {
        using var empty = new TempFolder();

        var error = Assert.Throws<EmbedderUnavailableException>(() =>
            EmbedderFactory.Create(new EmbedderOptions(empty.Path, "cpu", empty.Combine("model-embeddings-en"))));

        Assert.Contains("scripts/bootstrap.sh", error.Message, StringComparison.Ordinal);
        Assert.Contains("--model", error.Message, StringComparison.Ordinal);
    }
}
