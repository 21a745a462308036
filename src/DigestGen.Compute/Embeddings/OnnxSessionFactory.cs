using Microsoft.ML.OnnxRuntime;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// Opens ONNX Runtime sessions on the requested device. CUDA needs the GPU build of ONNX Runtime (build with
/// -p:OnnxRuntimeGpu=true, which restores Microsoft.ML.OnnxRuntime.Gpu.Linux) and a working driver; <see cref="EmbeddingDevice.Auto"/> falls back to the CPU with one
/// note, <see cref="EmbeddingDevice.Cuda"/> fails with a message that says why.
/// </summary>
internal static class OnnxSessionFactory
{
    public static EmbeddingDevice ParseDevice(string device) => device.Trim().ToLowerInvariant() switch
    {
        "auto" or "" => EmbeddingDevice.Auto,
        "cpu" => EmbeddingDevice.Cpu,
        "cuda" or "gpu" => EmbeddingDevice.Cuda,
        _ => throw new EmbedderUnavailableException($"unknown device '{device}': use cpu, cuda or auto"),
    };

    /// <param name="intraOpThreads">Threads per run. The embedders run one batch per core in parallel, so one.</param>
    public static InferenceSession Open(string modelPath, EmbeddingDevice device, List<string> notes, int intraOpThreads = 1) =>
        Open(options => new InferenceSession(modelPath, options), device, notes, intraOpThreads);

    /// <summary>A session for a model built in memory (the vector kernels), on the device as above.</summary>
    public static InferenceSession Open(byte[] model, EmbeddingDevice device, List<string> notes, int intraOpThreads) =>
        Open(options => new InferenceSession(model, options), device, notes, intraOpThreads);

    /// <summary>
    /// Whether this build has ONNX Runtime's CUDA package (a GPU may still be missing). Settled when the code is built
    /// (<c>-p:OnnxRuntimeGpu=true</c>), so a build that embeds nothing never loads the native runtime to ask it for its
    /// providers: choosing the model's precision did, on every build, 0.1–0.3 s of loading (docs/bench.md).
    /// </summary>
    public static bool CudaBuild =>
#if ONNXRUNTIME_GPU
        true;
#else
        false;
#endif

    /// <summary>Why CUDA failed to start in this process, once it has: later sessions do not try (and log) again.</summary>
    private static string? cudaStartProblem;

    private static InferenceSession Open(Func<SessionOptions, InferenceSession> create, EmbeddingDevice device, List<string> notes, int intraOpThreads)
    {
        if (device != EmbeddingDevice.Cpu)
        {
            var cudaProblem = CudaProblem() ?? cudaStartProblem;
            if (cudaProblem is null)
            {
                try
                {
                    // ONNX Runtime would print its own error lines when the provider cannot load; ours says it once.
                    OrtEnv.Instance().EnvLogLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
                    using var cudaOptions = CreateOptions(intraOpThreads);
                    cudaOptions.AppendExecutionProvider_CUDA(0);
                    return create(cudaOptions);
                }
                catch (OnnxRuntimeException exception)
                {
                    cudaProblem = cudaStartProblem = $"the CUDA execution provider failed to start ({exception.Message.Trim()})";
                }
            }
            if (device == EmbeddingDevice.Cuda)
            {
                throw new EmbedderUnavailableException(
                    $"--device cuda: {cudaProblem}. Use --device auto or cpu, or build with -p:OnnxRuntimeGpu=true on a machine with CUDA.");
            }
            notes.Add($"Embedding on the CPU: {cudaProblem}.");
        }
        using var options = CreateOptions(intraOpThreads);
        return create(options);
    }

    /// <summary>Why CUDA cannot be used, or null when this ONNX Runtime build offers it.</summary>
    private static string? CudaProblem() =>
        CudaBuild ? null : "this ONNX Runtime build has no CUDA execution provider (the CPU package is installed)";

    /// <summary>Full graph optimisation; errors only in the log, since the converter's output is known to be sound.</summary>
    private static SessionOptions CreateOptions(int intraOpThreads) => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = intraOpThreads,
        InterOpNumThreads = 1,
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
    };
}
