using Google.Protobuf;

namespace DigestGen.Compute.Embeddings.Onnx;

/// <summary>Builds an ONNX model one node at a time; names are the caller's, attributes are typed helpers.</summary>
internal sealed class OnnxGraphBuilder
{
    /// <summary>Opset 18 takes reduction axes, Squeeze/Unsqueeze axes and Split sizes as inputs.</summary>
    public const int OpsetVersion = 18;

    /// <summary>ONNX Runtime's own operators (the quantised matrix products), version 1.</summary>
    public const string MicrosoftDomain = "com.microsoft";

    private const long IrVersion = 8;

    private readonly GraphProto graph = new();

    public OnnxGraphBuilder(string name) => graph.Name = name;

    public void AddInput(string name, TensorProto.Types.DataType dataType, IReadOnlyList<string> dimensions) =>
        graph.Input.Add(ValueInfo(name, dataType, dimensions));

    public void AddOutput(string name, TensorProto.Types.DataType dataType, IReadOnlyList<string> dimensions) =>
        graph.Output.Add(ValueInfo(name, dataType, dimensions));

    public string AddInitializer(string name, TensorProto.Types.DataType dataType, IReadOnlyList<long> dimensions, byte[] rawData)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)dataType, RawData = ByteString.CopyFrom(rawData) };
        tensor.Dims.AddRange(dimensions);
        graph.Initializer.Add(tensor);
        return name;
    }

    public string AddFloats(string name, IReadOnlyList<long> dimensions, float[] values) =>
        AddInitializer(name, TensorProto.Types.DataType.Float, dimensions, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    public string AddInt8s(string name, IReadOnlyList<long> dimensions, sbyte[] values) =>
        AddInitializer(name, TensorProto.Types.DataType.Int8, dimensions, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    public string AddInt64s(string name, IReadOnlyList<long> dimensions, long[] values) =>
        AddInitializer(name, TensorProto.Types.DataType.Int64, dimensions, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    /// <summary>A 1-D int64 constant, the form ONNX wants for axes, shapes, starts and ends.</summary>
    public string AddInt64Vector(string name, params long[] values) => AddInt64s(name, [values.Length], values);

    public void AddNode(string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, params AttributeProto[] attributes) =>
        AddNode("", opType, inputs, outputs, attributes);

    /// <summary>Adds a single-output node of ONNX Runtime's <see cref="MicrosoftDomain"/> and returns its output name.</summary>
    public string AddMicrosoft(string opType, string output, IReadOnlyList<string> inputs)
    {
        AddNode(MicrosoftDomain, opType, inputs, [output], []);
        return output;
    }

    private void AddNode(string domain, string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, AttributeProto[] attributes)
    {
        var node = new NodeProto { Domain = domain, OpType = opType, Name = outputs[0] };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        node.Attribute.AddRange(attributes);
        graph.Node.Add(node);
    }

    /// <summary>Adds a single-output node and returns its output name.</summary>
    public string Add(string opType, string output, IReadOnlyList<string> inputs, params AttributeProto[] attributes)
    {
        AddNode(opType, inputs, [output], attributes);
        return output;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public static AttributeProto Ints(string name, IEnumerable<long> values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    public static AttributeProto Text(string name, string value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8(value) };

    public static AttributeProto Tensor(string name, TensorProto value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Tensor, T = value };

    /// <summary>
    /// The finished model; nodes whose outputs nothing reads and constants no node reads (TF shape arithmetic ONNX does
    /// not need) are left out.
    /// </summary>
    public ModelProto Build(string producer, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var outputs = graph.Output.Select(output => output.Name).ToHashSet(StringComparer.Ordinal);
        HashSet<string> read;
        List<NodeProto> unused;
        do
        {
            read = graph.Node.SelectMany(node => node.Input).Concat(outputs).ToHashSet(StringComparer.Ordinal);
            unused = [.. graph.Node.Where(node => !node.Output.Any(read.Contains))];
            foreach (var node in unused)
            {
                graph.Node.Remove(node);
            }
        }
        while (unused.Count > 0);
        var unread = graph.Initializer.Where(initializer => !read.Contains(initializer.Name)).ToList();
        foreach (var initializer in unread)
        {
            graph.Initializer.Remove(initializer);
        }
        var model = new ModelProto { IrVersion = IrVersion, ProducerName = producer, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = OpsetVersion });
        if (graph.Node.Any(node => node.Domain == MicrosoftDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = MicrosoftDomain, Version = 1 });
        }
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }
        return model;
    }

    private static ValueInfoProto ValueInfo(string name, TensorProto.Types.DataType dataType, IReadOnlyList<string> dimensions)
    {
        var shape = new TensorShapeProto();
        foreach (var dimension in dimensions)
        {
            shape.Dim.Add(long.TryParse(dimension, out var size)
                ? new TensorShapeProto.Types.Dimension { DimValue = size }
                : new TensorShapeProto.Types.Dimension { DimParam = dimension });
        }
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)dataType, Shape = shape } },
        };
    }
}
