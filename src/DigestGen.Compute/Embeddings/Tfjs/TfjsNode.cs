using System.Text.Json;

namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>One TensorFlow op of a TF.js graph model: its inputs are value references ("node" or "node:1").</summary>
internal sealed record TfjsNode(string Name, string Op, IReadOnlyList<string> Inputs, JsonElement Attributes)
{
    public long GetInt(string name, long fallback = 0) =>
        Attributes.ValueKind == JsonValueKind.Object && Attributes.TryGetProperty(name, out var value) && value.TryGetProperty("i", out var i)
            ? ParseInt(i)
            : fallback;

    public bool GetBool(string name) =>
        Attributes.ValueKind == JsonValueKind.Object && Attributes.TryGetProperty(name, out var value) && value.TryGetProperty("b", out var b) && b.GetBoolean();

    public string GetString(string name, string fallback = "")
    {
        if (Attributes.ValueKind != JsonValueKind.Object || !Attributes.TryGetProperty(name, out var value) || !value.TryGetProperty("s", out var s))
        {
            return fallback;
        }
        // TF.js stores strings as base64 or as byte arrays, depending on the converter version.
        return s.ValueKind == JsonValueKind.Array
            ? new string([.. s.EnumerateArray().Select(b => (char)b.GetInt32())])
            : System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s.GetString() ?? ""));
    }

    public IReadOnlyList<long> GetInts(string name) =>
        Attributes.ValueKind == JsonValueKind.Object && Attributes.TryGetProperty(name, out var value)
            && value.TryGetProperty("list", out var list) && list.TryGetProperty("i", out var items)
            ? [.. items.EnumerateArray().Select(ParseInt)]
            : [];

    /// <summary>A TensorFlow DataType attribute ("type": 3 or "type": "DT_INT32").</summary>
    public TfDataType GetDataType(string name)
    {
        if (!Attributes.TryGetProperty(name, out var value) || !value.TryGetProperty("type", out var type))
        {
            throw new TfjsFormatException($"node '{Name}' ({Op}) has no '{name}' type attribute");
        }
        return type.ValueKind == JsonValueKind.Number
            ? (TfDataType)type.GetInt32()
            : Enum.Parse<TfDataType>(type.GetString()!["DT_".Length..].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
    }

    /// <summary>Dimensions of a "shape" attribute; -1 marks an unknown size.</summary>
    public IReadOnlyList<long> GetShape(string name) =>
        Attributes.TryGetProperty(name, out var value) && value.TryGetProperty("shape", out var shape) && shape.TryGetProperty("dim", out var dims)
            ? [.. dims.EnumerateArray().Select(dim => dim.TryGetProperty("size", out var size) ? ParseInt(size) : -1)]
            : [];

    private static long ParseInt(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? long.Parse(element.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : element.GetInt64();
}
