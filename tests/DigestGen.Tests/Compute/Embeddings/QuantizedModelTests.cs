using System.Numerics.Tensors;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Embeddings.Onnx;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>
/// The int8 graph the CPU runs against the float graph that matches TF.js (<see cref="TfjsParityTests"/>). On 300
/// real papers (title + abstract) every int8 vector had a cosine of at least 0.998 to its float vector (mean 0.9988);
/// a wrong scale or a transposed weight matrix gives far less. 0.995 leaves room for texts unlike the sample.
/// </summary>
[Collection(DefaultModelCollection.Name)]
public sealed class QuantizedModelTests(DefaultModelFixture model)
{
    private const float MinimumCosine = 0.995f;

    [Fact]
    public void Int8_vectors_point_where_the_float_vectors_do()
    {
        var texts = CorpusSample.First(40).Select(record => $"{record.Title}. {record.Abstract}").ToList();

        var quantized = model.Embedder.Embed(texts);
        var exact = model.FloatEmbedder.Embed(texts);

        for (var text = 0; text < texts.Count; text++)
        {
            var cosine = TensorPrimitives.Dot(quantized[text], exact[text]);
            Assert.True(cosine >= MinimumCosine, $"text {text}: cosine {cosine:F4} to the float vector, expected at least {MinimumCosine}");
            // Nearer its own float vector than any other paper's is: the int8 graph keeps papers apart.
            Assert.Equal(text, Enumerable.Range(0, texts.Count).MaxBy(other => TensorPrimitives.Dot(quantized[text], exact[other])));
        }
    }

    [Fact]
    public void A_text_gets_the_same_vector_whatever_is_embedded_with_it()
    {
        // Activations are quantised with one scale per run: a window sharing a run with others would depend on them.
        var texts = CorpusSample.First(6).Select(record => $"{record.Title}. {record.Abstract}").ToList();

        var together = model.Embedder.Embed(texts);

        Assert.All(Enumerable.Range(0, texts.Count), text => Assert.Equal(model.Embedder.Embed([texts[text]])[0], together[text]));
    }

    [Fact]
    public void Float_and_int8_vectors_never_share_a_cache()
    {
        Assert.EndsWith("/int8-v3", model.Embedder.ModelId, StringComparison.Ordinal);
        Assert.EndsWith("/float-v3", model.FloatEmbedder.ModelId, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_weight_product_of_the_int8_graph_is_quantised_and_the_graphs_fused()
    {
        var graphs = Directory.GetFiles(Path.Combine(model.CacheDirectory, "models"), "*.onnx")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path).Split('-')[^1], path => ModelProto.Parser.ParseFrom(File.ReadAllBytes(path)).Graph);

        static int WeightProducts(GraphProto graph, string opType)
        {
            var weights = graph.Initializer.Select(initializer => initializer.Name).ToHashSet(StringComparer.Ordinal);
            var reshapedWeights = graph.Node.Where(node => node.OpType == "Reshape" && weights.Contains(node.Input[0])).Select(node => node.Output[0]);
            weights.UnionWith(reshapedWeights);
            return graph.Node.Count(node => node.OpType == opType && weights.Contains(node.Input[1]));
        }

        // Six MatMuls and four 1×1 convolutions in the TF.js graph.
        Assert.Equal(10, WeightProducts(graphs["float"], "MatMul"));
        Assert.Equal(0, WeightProducts(graphs["int8"], "MatMul"));
        Assert.Equal(10, WeightProducts(graphs["int8"], "DynamicQuantizeMatMul"));
        var quantized = graphs["int8"].Node.Where(node => node.OpType == "DynamicQuantizeMatMul").ToList();
        Assert.All(quantized, node => Assert.Equal(OnnxGraphBuilder.MicrosoftDomain, node.Domain));
        // Every bias is added inside its product, the feed-forward ones too: their tensordots are one N-D product
        // without the reshapes to a matrix and back (in the float graph as well).
        Assert.Equal(10, quantized.Count(node => node.Input.Count == 5));
        Assert.Equal(10, graphs["float"].Node.Count(node => node.OpType == "Add" && node.Name.EndsWith("BiasAdd", StringComparison.Ordinal)));
        Assert.Equal(0, graphs["int8"].Node.Count(node => node.OpType == "Add" && node.Name.EndsWith("BiasAdd", StringComparison.Ordinal)));
        Assert.All(graphs.Values, graph => Assert.DoesNotContain(graph.Node, node => node.OpType == "Reshape" && node.Name.Contains("Tensordot", StringComparison.Ordinal)));
        // TensorFlow's spelled-out layer normalisations (two per transformer layer) are ONNX's one op, nothing of them left.
        Assert.All(graphs.Values, graph => Assert.Equal(4, graph.Node.Count(node => node.OpType == "LayerNormalization")));
        Assert.All(graphs.Values, graph => Assert.DoesNotContain(graph.Node, node => node.OpType == "ReduceMean"));
    }
}
