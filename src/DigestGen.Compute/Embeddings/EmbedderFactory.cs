using Microsoft.ML.OnnxRuntime;

namespace DigestGen.Compute.Embeddings;

/// <summary>Makes the embedder a build asked for: the user's own ONNX model, or the default model converted from its
/// npm package; on the requested device.</summary>
public static class EmbedderFactory
{
    /// <exception cref="EmbedderUnavailableException">The device or model cannot be used; the message says why.</exception>
    public static EmbedderSelection Create(EmbedderOptions options)
    {
        var device = OnnxSessionFactory.ParseDevice(options.Device);
        var notes = new List<string>();
        return new EmbedderSelection(
            options.CustomModelPath is { } modelPath
                ? CreateCustom(modelPath, options.CustomVocabPath, device, notes)
                : CreateDefault(options, device, PrecisionFor(device), notes),
            notes);
    }

    /// <summary>The default model in the given precision, whichever the device would have chosen.</summary>
    internal static OnnxTextEmbedder CreateDefault(EmbedderOptions options, ModelPrecision precision) =>
        CreateDefault(options, OnnxSessionFactory.ParseDevice(options.Device), precision, []);

    /// <summary>
    /// Int8 weights where the model can only run on the CPU; the float graph where CUDA may run it (its provider has
    /// no kernel for the int8 products), and so also where auto then finds CUDA failing and runs it on the CPU.
    /// </summary>
    internal static ModelPrecision PrecisionFor(EmbeddingDevice device) =>
        device == EmbeddingDevice.Cpu || !OnnxSessionFactory.CudaBuild ? ModelPrecision.Int8 : ModelPrecision.Float;

    private static OnnxTextEmbedder CreateDefault(EmbedderOptions options, EmbeddingDevice device, ModelPrecision precision, List<string> notes)
    {
        var package = UniversalSentenceEncoderPackage.Open(options.ModelPackageDirectory, options.CacheDirectory);
        var tokenizer = SentencePieceTokenizer.Load(package.VocabularyPath);
        string converted;
        try
        {
            converted = package.GetOrConvert(options.CacheDirectory, precision);
        }
        catch (Tfjs.TfjsFormatException exception)
        {
            throw new EmbedderUnavailableException($"cannot convert {package.Name}@{package.Version} to ONNX: {exception.Message}", exception);
        }

        var embedder = new OnnxTextEmbedder(() => OpenConverted(package, options.CacheDirectory, converted, device, precision, notes), tokenizer, package.ModelId(precision),
            WindowsPerBatch(precision));
        if (device == EmbeddingDevice.Cuda)
        {
            // An explicit device is settled now: a build that cannot have it stops before doing anything.
            _ = embedder.Dimensions;
        }

        return embedder;
    }

    /// <summary>
    /// The int8 graph quantises each run's activations with one scale for the whole batch, so a window batched with
    /// others would get a vector that depends on them; run alone it costs no more on the CPU (13.1 against 13.0 ms of
    /// CPU per paper in batches of 8, 300 real papers), and a text's vector never depends on what else is embedded.
    /// </summary>
    private static int WindowsPerBatch(ModelPrecision precision) => precision == ModelPrecision.Int8 ? 1 : OnnxTextEmbedder.DefaultWindowsPerBatch;

    private static InferenceSession OpenConverted(UniversalSentenceEncoderPackage package, string cacheDirectory, string converted, EmbeddingDevice device, ModelPrecision precision, List<string> notes)
    {
        try
        {
            return OnnxSessionFactory.Open(converted, device, notes);
        }
        catch (OnnxRuntimeException)
        {
            // A damaged cached conversion: drop it and convert once more rather than trusting it.
            notes.Clear();
            UniversalSentenceEncoderPackage.Discard(converted);
            return OnnxSessionFactory.Open(package.GetOrConvert(cacheDirectory, precision), device, notes);
        }
    }

    private static TransformerTextEmbedder CreateCustom(string modelPath, string? vocabPath, EmbeddingDevice device, List<string> notes)
    {
        if (!File.Exists(modelPath))
        {
            throw new EmbedderUnavailableException($"--model {modelPath}: file not found");
        }
        vocabPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "vocab.txt");
        if (!File.Exists(vocabPath))
        {
            throw new EmbedderUnavailableException($"--vocab {vocabPath}: file not found; pass the model's WordPiece vocab.txt with --vocab");
        }
        InferenceSession session;
        try
        {
            session = OnnxSessionFactory.Open(modelPath, device, notes);
        }
        catch (OnnxRuntimeException exception)
        {
            throw new EmbedderUnavailableException($"--model {modelPath}: ONNX Runtime cannot load it ({exception.Message.Trim()})", exception);
        }
        try
        {
            return TransformerTextEmbedder.Open(modelPath, vocabPath, session);
        }
        catch (OnnxRuntimeException exception)
        {
            session.Dispose();
            throw new EmbedderUnavailableException($"--model {modelPath}: a trial run failed ({exception.Message.Trim()}); a BERT-style encoder is expected", exception);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
