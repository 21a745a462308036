using System.Text.Json;

namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>
/// A TF.js graph model as the tfjs converter writes it: model.json (a TensorFlow GraphDef as JSON plus a weights
/// manifest) and binary shards that hold every constant back to back, in manifest order.
/// </summary>
internal sealed class TfjsGraphModel
{
    public const string ModelFileName = "model.json";

    private TfjsGraphModel(IReadOnlyList<TfjsNode> nodes, IReadOnlyDictionary<string, TfjsWeight> weights)
    {
        Nodes = nodes;
        Weights = weights;
    }

    public IReadOnlyList<TfjsNode> Nodes { get; }

    public IReadOnlyDictionary<string, TfjsWeight> Weights { get; }

    public static TfjsGraphModel Load(string directory)
    {
        var modelPath = Path.Combine(directory, ModelFileName);
        if (!File.Exists(modelPath))
        {
            throw new TfjsFormatException($"{modelPath}: not found");
        }
        using var document = JsonDocument.Parse(File.ReadAllBytes(modelPath));
        var root = document.RootElement;
        if (!root.TryGetProperty("modelTopology", out var topology) || !topology.TryGetProperty("node", out var nodeArray))
        {
            throw new TfjsFormatException($"{modelPath}: not a TF.js graph model (no modelTopology.node)");
        }
        var nodes = nodeArray.EnumerateArray().Select(ReadNode).ToList();
        var weights = ReadWeights(directory, root.GetProperty("weightsManifest"), modelPath);
        return new TfjsGraphModel(nodes, weights);
    }

    private static TfjsNode ReadNode(JsonElement node)
    {
        var inputs = node.TryGetProperty("input", out var inputArray)
            ? inputArray.EnumerateArray().Select(input => input.GetString()!).Where(input => !input.StartsWith('^')).ToList()
            : [];
        var attributes = node.TryGetProperty("attr", out var attr) ? attr.Clone() : default;
        return new TfjsNode(node.GetProperty("name").GetString()!, node.GetProperty("op").GetString()!, inputs, attributes);
    }

    private static Dictionary<string, TfjsWeight> ReadWeights(string directory, JsonElement manifest, string modelPath)
    {
        var weights = new Dictionary<string, TfjsWeight>(StringComparer.Ordinal);
        foreach (var group in manifest.EnumerateArray())
        {
            var shards = group.GetProperty("paths").EnumerateArray().Select(path => File.ReadAllBytes(Path.Combine(directory, path.GetString()!)));
            var data = shards.SelectMany(bytes => bytes).ToArray();
            var offset = 0;
            foreach (var weight in group.GetProperty("weights").EnumerateArray())
            {
                var name = weight.GetProperty("name").GetString()!;
                if (weight.TryGetProperty("quantization", out _))
                {
                    throw new TfjsFormatException($"{modelPath}: weight '{name}' is quantized; only float32/int32 weights are supported");
                }
                var dataType = weight.GetProperty("dtype").GetString() switch
                {
                    "float32" => TfDataType.Float,
                    "int32" => TfDataType.Int32,
                    var other => throw new TfjsFormatException($"{modelPath}: weight '{name}' has unsupported dtype '{other}'"),
                };
                var shape = weight.GetProperty("shape").EnumerateArray().Select(size => size.GetInt64()).ToList();
                var byteCount = checked((int)(shape.Aggregate(1L, (product, size) => product * size) * sizeof(float)));
                if (offset + byteCount > data.Length)
                {
                    throw new TfjsFormatException($"{modelPath}: weight shards end before weight '{name}'");
                }
                weights[name] = new TfjsWeight(name, shape, dataType, data[offset..(offset + byteCount)]);
                offset += byteCount;
            }
        }
        return weights;
    }
}
