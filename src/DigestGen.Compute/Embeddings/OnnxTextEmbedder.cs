using Microsoft.ML.OnnxRuntime;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// Universal Sentence Encoder lite through ONNX Runtime. A text longer than <see cref="MaxTokensPerWindow"/> tokens is
/// cut into windows that are embedded separately and averaged, then re-normalised. Windows run in batches (of one
/// window for the int8 graph, see <see cref="EmbedderFactory"/>): the model takes a batch as sparse (row, position)
/// indices and token ids. Batches run in parallel, one per core, each on one ONNX Runtime thread: on two cores that
/// beats one run split over two threads (see bench/Embeddings).
/// </summary>
internal sealed class OnnxTextEmbedder : ITextEmbedder
{
    /// <summary>The model's own limit: it drops tokens past position 128.</summary>
    public const int MaxTokensPerWindow = 128;

    /// <summary>Windows per run of the float graph (see bench/Embeddings).</summary>
    public const int DefaultWindowsPerBatch = 8;

    private const string IndicesInput = "indices";
    private const string ValuesInput = "values";

    private readonly Lazy<InferenceSession> session;
    private readonly Lazy<int> dimensions;
    private readonly SentencePieceTokenizer tokenizer;
    private readonly int windowsPerBatch;
    private readonly int parallelRuns;

    /// <param name="openSession">Opens the ONNX Runtime session on first use: a build whose texts are all in the
    /// embedding cache never pays for it (about 0.3 s at start-up).</param>
    internal OnnxTextEmbedder(Func<InferenceSession> openSession, SentencePieceTokenizer tokenizer, string modelId, int windowsPerBatch = DefaultWindowsPerBatch, int parallelRuns = 0)
    {
        session = new Lazy<InferenceSession>(openSession, LazyThreadSafetyMode.ExecutionAndPublication);
        this.tokenizer = tokenizer;
        this.windowsPerBatch = windowsPerBatch;
        this.parallelRuns = parallelRuns > 0 ? parallelRuns : Environment.ProcessorCount;
        ModelId = modelId;
        // The converted graph leaves its output width symbolic; one tiny run tells it (and fails early if broken).
        dimensions = new Lazy<int>(() => Run([[SentencePieceTokenizer.UnknownId]])[0].Length, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ModelId { get; }

    public int Dimensions => dimensions.Value;

    /// <summary>Whether the session was opened: only when something was embedded, or the width asked for.</summary>
    internal bool IsOpen => session.IsValueCreated;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var windows = new int[texts.Count][][];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelRuns },
            text => windows[text] = [.. Windows(tokenizer.Encode(texts[text]))]);
        return WindowedEmbedding.Embed(windows, windowsPerBatch, parallelRuns, Run);
    }

    /// <summary>Token windows of a text; an empty text is one unknown token, so every text gets a vector.</summary>
    private static IEnumerable<int[]> Windows(int[] ids) =>
        ids.Length == 0 ? [[SentencePieceTokenizer.UnknownId]] : ids.Chunk(MaxTokensPerWindow);

    /// <summary>Embeds one batch of windows; row i of the result belongs to window i.</summary>
    internal float[][] Run(IReadOnlyList<int[]> batch)
    {
        var tokenCount = batch.Sum(ids => ids.Length);
        var indices = new long[tokenCount * 2];
        var values = new long[tokenCount];
        var next = 0;
        for (var row = 0; row < batch.Count; row++)
        {
            for (var position = 0; position < batch[row].Length; position++, next++)
            {
                indices[2 * next] = row;
                indices[(2 * next) + 1] = position;
                values[next] = batch[row][position];
            }
        }
        using var indicesValue = OrtValue.CreateTensorValueFromMemory(indices, [tokenCount, 2]);
        using var valuesValue = OrtValue.CreateTensorValueFromMemory(values, [tokenCount]);
        using var runOptions = new RunOptions();
        using var outputs = session.Value.Run(runOptions, [IndicesInput, ValuesInput], [indicesValue, valuesValue], [Tfjs.TfjsToOnnxConverter.OutputName]);
        var flat = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = flat.Length / batch.Count;
        var vectors = new float[batch.Count][];
        for (var row = 0; row < batch.Count; row++)
        {
            vectors[row] = flat.Slice(row * dimensions, dimensions).ToArray();
        }
        return vectors;
    }

    public void Dispose()
    {
        if (session.IsValueCreated)
        {
            session.Value.Dispose();
        }
    }
}
