using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute;

/// <summary>
/// An explicit --device cuda that cannot be had stops the build with an error instead of quietly building with
/// TF-IDF; the CPU-only ONNX Runtime package the tests use never offers CUDA.
/// </summary>
public sealed class ExplicitEmbeddingRequestTests
{
    [Fact]
    public void Cuda_without_cuda_stops_the_build_before_anything_is_written()
    {
        using var output = new TempFolder();
        var settings = new BuildSettings(RepoPaths.Input, output.Path, new DateOnly(2026, 11, 23), RepoPaths.Theme, Device: "cuda", NodeModulesDirectory: RepoPaths.NodeModules);

        var report = BuildPipeline.Build(settings, SilentReporter.Instance);

        Assert.True(report.Stopped);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.EmbeddingsRequestUnmet, error.Code);
        Assert.StartsWith("--device cuda: this ONNX Runtime build has no CUDA execution provider", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.Null(report.Written);
        Assert.False(File.Exists(output.Combine("index.html")));
    }
}
