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
                : CreateDefault(options, device, notes),
            notes);
    }

    private static OnnxTextEmbedder CreateDefault(EmbedderOptions options, EmbeddingDevice device, List<string> notes)
    {
        var package = UniversalSentenceEncoderPackage.Open(options.ModelPackageDirectory);
        var tokenizer = SentencePieceTokenizer.Load(package.VocabularyPath);
        string converted;
        try
        {
            converted = package.GetOrConvert(options.CacheDirectory);
        }
        catch (Tfjs.TfjsFormatException exception)
        {
            throw new EmbedderUnavailableException($"cannot convert {package.Name}@{package.Version} to ONNX: {exception.Message}", exception);
        }

        var embedder = new OnnxTextEmbedder(() => OpenConverted(package, options.CacheDirectory, converted, device, notes), tokenizer, package.ModelId);
        if (device == EmbeddingDevice.Cuda)
        {
            // An explicit device is settled now: a build that cannot have it stops before doing anything.
            _ = embedder.Dimensions;
        }

        return embedder;
    }

    private static InferenceSession OpenConverted(UniversalSentenceEncoderPackage package, string cacheDirectory, string converted, EmbeddingDevice device, List<string> notes)
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
            return OnnxSessionFactory.Open(package.GetOrConvert(cacheDirectory), device, notes);
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
