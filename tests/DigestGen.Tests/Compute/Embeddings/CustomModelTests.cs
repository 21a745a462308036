using System.Numerics.Tensors;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Embeddings.Onnx;
using DigestGen.Tests.Support;
using Google.Protobuf;
using DataType = DigestGen.Compute.Embeddings.Onnx.TensorProto.Types.DataType;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>
/// --model/--vocab with a tiny BERT-shaped model built here: token states are rows of an embedding table, zeroed
/// where the attention mask is 0, so the expected vector is the normalised mean of known rows.
/// </summary>
public sealed class CustomModelTests : IDisposable
{
    private static readonly string[] Vocabulary =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "graph", "neural", "network", "transformer", "attention", "##s"];

    private const int Hidden = 4;

    private readonly TempFolder folder = new();
    private readonly string modelPath;
    private readonly string vocabPath;

    public CustomModelTests()
    {
        modelPath = folder.Combine("tiny-bert.onnx");
        vocabPath = folder.Write("vocab.txt", string.Join("\n", Vocabulary) + "\n");
        File.WriteAllBytes(modelPath, BuildTinyModel().ToByteArray());
    }

    [Fact]
    public void Embeds_as_the_normalised_mean_of_token_states()
    {
        using var embedder = Create();

        var vector = embedder.Embed(["Neural networks"])[0];

        // [CLS] neural network ##s [SEP], lower-cased because the vocabulary is uncased.
        Assert.Equal(Expected(2, 7, 8, 11, 3), vector, (a, b) => Math.Abs(a - b) < 1e-6f);
        Assert.StartsWith("custom:tiny-bert.onnx#", embedder.ModelId, StringComparison.Ordinal);
        Assert.Equal(Hidden, embedder.Dimensions);
    }

    [Fact]
    public void Padding_in_a_batch_does_not_change_a_vector()
    {
        using var embedder = Create();

        var together = embedder.Embed(["the graph", "the transformer attention network"]);

        Assert.Equal(Expected(2, 5, 6, 3), together[0], (a, b) => Math.Abs(a - b) < 1e-6f);
        Assert.Equal(embedder.Embed(["the transformer attention network"])[0], together[1]);
    }

    [Fact]
    public void Missing_vocabulary_is_reported_with_the_option_to_use()
    {
        File.Delete(vocabPath);

        var error = Assert.Throws<EmbedderUnavailableException>(() => Create());

        Assert.Contains("--vocab", error.Message, StringComparison.Ordinal);
        Assert.Contains("vocab.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_model_is_reported_not_thrown_raw()
    {
        File.WriteAllText(modelPath, "this is not ONNX");

        var error = Assert.Throws<EmbedderUnavailableException>(() => Create());

        Assert.StartsWith($"--model {modelPath}: ONNX Runtime cannot load it", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private ITextEmbedder Create() =>
        EmbedderFactory.Create(new EmbedderOptions(folder.Path, "cpu", folder.Combine("no-package"), modelPath, vocabPath)).Embedder;

    private static float[] Row(int id) => [id, 1, id % 3, -0.5f * id];

    private static float[] Expected(params int[] ids)
    {
        var sum = new float[Hidden];
        foreach (var id in ids)
        {
            TensorPrimitives.Add(sum, Row(id), sum);
        }
        TensorPrimitives.Divide(sum, TensorPrimitives.Norm(sum), sum);
        return sum;
    }

    private static ModelProto BuildTinyModel()
    {
        var builder = new OnnxGraphBuilder("tiny-bert");
        string[] dims = ["batch", "tokens"];
        builder.AddInput("input_ids", DataType.Int64, dims);
        builder.AddInput("attention_mask", DataType.Int64, dims);
        builder.AddInput("token_type_ids", DataType.Int64, dims);
        builder.AddFloats("word_embeddings", [Vocabulary.Length, Hidden], [.. Enumerable.Range(0, Vocabulary.Length).SelectMany(Row)]);
        builder.AddFloats("type_embeddings", [2, Hidden], new float[2 * Hidden]);
        var words = builder.Add("Gather", "words", ["word_embeddings", "input_ids"]);
        var types = builder.Add("Gather", "types", ["type_embeddings", "token_type_ids"]);
        var mask = builder.Add("Unsqueeze", "mask", [builder.Add("Cast", "mask_float", ["attention_mask"], OnnxGraphBuilder.Int("to", (long)DataType.Float)), builder.AddInt64Vector("mask_axes", 2)]);
        builder.Add("Mul", "last_hidden_state", [builder.Add("Add", "summed", [words, types]), mask]);
        builder.AddOutput("last_hidden_state", DataType.Float, ["batch", "tokens", Hidden.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return builder.Build("DigestGen tests");
    }
}
