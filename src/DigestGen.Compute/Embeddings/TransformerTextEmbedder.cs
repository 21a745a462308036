using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// A user's own BERT-style ONNX model (--model) with its WordPiece vocab.txt (--vocab): inputs input_ids,
/// attention_mask and, when the model has it, token_type_ids; the first output is either token states
/// [batch, tokens, hidden], mean-pooled over the real tokens, or already pooled [batch, hidden]. Texts longer than a
/// window are embedded in windows and averaged; every vector is L2-normalised. Batches run in parallel, one per core.
/// </summary>
internal sealed class TransformerTextEmbedder : ITextEmbedder
{
    private const int DefaultTokensPerWindow = 256;
    private const int WindowsPerBatch = 16;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly int tokensPerWindow;
    private readonly string outputName;
    private readonly bool takesTokenTypes;

    internal TransformerTextEmbedder(InferenceSession session, BertTokenizer tokenizer, string modelId)
    {
        this.session = session;
        this.tokenizer = tokenizer;
        ModelId = modelId;
        foreach (var required in new[] { "input_ids", "attention_mask" })
        {
            if (!session.InputMetadata.ContainsKey(required))
            {
                throw new EmbedderUnavailableException(
                    $"the model has no '{required}' input (it has {string.Join(", ", session.InputMetadata.Keys)}); a BERT-style model is expected");
            }
        }
        takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        var fixedLength = session.InputMetadata["input_ids"].Dimensions is [_, > 0 and var length] ? length : 0;
        tokensPerWindow = fixedLength > 0 ? fixedLength : DefaultTokensPerWindow;
        outputName = session.OutputNames[0];
        // Exported models often leave the hidden size symbolic; one tiny run tells it (and fails early if broken).
        Dimensions = Run([[tokenizer.ClassificationTokenId, tokenizer.SeparatorTokenId]])[0].Length;
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>Opens the model and vocabulary; a cased vocabulary (upper-case word pieces) keeps the text's case.</summary>
    internal static TransformerTextEmbedder Open(string modelPath, string vocabPath, InferenceSession session)
    {
        var cased = File.ReadLines(vocabPath).Any(token => !token.StartsWith('[') && token.Any(char.IsUpper));
        var tokenizer = BertTokenizer.Create(vocabPath, new BertOptions { LowerCaseBeforeTokenization = !cased });
        var modelId = $"custom:{Path.GetFileName(modelPath)}#{FileHash(modelPath)}+{FileHash(vocabPath)}";
        return new TransformerTextEmbedder(session, tokenizer, modelId);
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var windows = texts.Select(text =>
        {
            var ids = tokenizer.EncodeToIds(text, addSpecialTokens: false);
            var chunks = ids.Count == 0 ? [[]] : ids.Chunk(tokensPerWindow - 2);
            return chunks.Select(chunk => (int[])[tokenizer.ClassificationTokenId, .. chunk, tokenizer.SeparatorTokenId]).ToArray();
        }).ToArray();
        return WindowedEmbedding.Embed(windows, WindowsPerBatch, Environment.ProcessorCount, Run);
    }

    private float[][] Run(IReadOnlyList<int[]> batch)
    {
        var length = batch.Max(ids => ids.Length);
        var inputIds = new long[batch.Count * length];
        var mask = new long[batch.Count * length];
        Array.Fill(inputIds, tokenizer.PaddingTokenId);
        for (var row = 0; row < batch.Count; row++)
        {
            for (var position = 0; position < batch[row].Length; position++)
            {
                inputIds[(row * length) + position] = batch[row][position];
                mask[(row * length) + position] = 1;
            }
        }
        long[] shape = [batch.Count, length];
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal)
        {
            ["input_ids"] = OrtValue.CreateTensorValueFromMemory(inputIds, shape),
            ["attention_mask"] = OrtValue.CreateTensorValueFromMemory(mask, shape),
        };
        if (takesTokenTypes)
        {
            inputs["token_type_ids"] = OrtValue.CreateTensorValueFromMemory(new long[inputIds.Length], shape);
        }
        try
        {
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, inputs.Keys.ToList(), inputs.Values.ToList(), [outputName]);
            var output = outputs[0];
            var states = output.GetTensorDataAsSpan<float>();
            var outputShape = output.GetTensorTypeAndShape().Shape;
            var width = (int)outputShape[^1];
            return outputShape.Length == 3 ? MeanPool(states, mask, batch.Count, length, width) : SplitRows(states, batch.Count, width);
        }
        finally
        {
            foreach (var value in inputs.Values)
            {
                value.Dispose();
            }
        }
    }

    /// <summary>Mean of the token states where the attention mask is 1.</summary>
    private static float[][] MeanPool(ReadOnlySpan<float> states, long[] mask, int rows, int length, int width)
    {
        var pooled = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            pooled[row] = new float[width];
            var count = 0;
            for (var position = 0; position < length; position++)
            {
                if (mask[(row * length) + position] == 1)
                {
                    TensorPrimitives.Add(pooled[row], states.Slice(((row * length) + position) * width, width), pooled[row]);
                    count++;
                }
            }
            TensorPrimitives.Divide(pooled[row], Math.Max(count, 1), pooled[row]);
        }
        return pooled;
    }

    private static float[][] SplitRows(ReadOnlySpan<float> flat, int rows, int width)
    {
        var vectors = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            vectors[row] = flat.Slice(row * width, width).ToArray();
        }
        return vectors;
    }

    private static string FileHash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..16];
    }

    public void Dispose() => session.Dispose();
}
