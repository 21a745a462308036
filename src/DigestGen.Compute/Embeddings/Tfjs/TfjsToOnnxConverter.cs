using System.Runtime.InteropServices;
using DigestGen.Compute.Embeddings.Onnx;
using static DigestGen.Compute.Embeddings.Onnx.OnnxGraphBuilder;
using DataType = DigestGen.Compute.Embeddings.Onnx.TensorProto.Types.DataType;

namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>
/// Converts a TF.js graph model to ONNX op by op. TensorFlow's int32 index and shape tensors become int64 throughout,
/// because ONNX wants int64 for shapes, axes and gather/scatter indices; graph inputs are int64 too. Arguments that
/// TensorFlow passes as tensors but ONNX wants as attributes (perm, axis, strided-slice bounds) must be constants.
/// The graph's single sink becomes the ONNX output <see cref="OutputName"/>. With <see cref="ModelPrecision.Int8"/>
/// every product with a constant weight matrix becomes ONNX Runtime's DynamicQuantizeMatMul: weights int8 per column,
/// fixed here; activations quantised to uint8 per run (CPU only: the CUDA provider has no such kernel).
/// </summary>
internal sealed class TfjsToOnnxConverter
{
    public const string OutputName = "output";

    private readonly TfjsGraphModel model;
    private readonly ModelPrecision precision;
    private readonly OnnxGraphBuilder builder = new("tfjs-graph");
    private readonly ILookup<string, TfjsNode> readers;
    private readonly Dictionary<string, TfjsNode> nodesByName;

    /// <summary>BiasAdds whose bias a quantised product adds itself: they only pass its output on.</summary>
    private readonly HashSet<string> foldedBiasAdds = new(StringComparer.Ordinal);

    /// <summary>The reshapes back from a tensordot's matrix product, which the N-D product makes unnecessary.</summary>
    private readonly HashSet<string> tensordotReshapes = new(StringComparer.Ordinal);

    private TfjsToOnnxConverter(TfjsGraphModel model, ModelPrecision precision)
    {
        this.model = model;
        this.precision = precision;
        nodesByName = model.Nodes.ToDictionary(node => node.Name, StringComparer.Ordinal);
        readers = model.Nodes.SelectMany(node => node.Inputs.Select(input => (Input: NodeNameOf(input), Reader: node))).ToLookup(pair => pair.Input, pair => pair.Reader, StringComparer.Ordinal);
    }

    public static ModelProto Convert(TfjsGraphModel model, ModelPrecision precision, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var converter = new TfjsToOnnxConverter(model, precision);
        return converter.Run(metadata);
    }

    private ModelProto Run(IReadOnlyDictionary<string, string>? metadata)
    {
        var ordered = TopologicalOrder(model.Nodes);
        foreach (var node in ordered)
        {
            ConvertNode(node);
        }
        var consumed = model.Nodes.SelectMany(node => node.Inputs).Select(NodeNameOf).ToHashSet(StringComparer.Ordinal);
        var sinks = model.Nodes.Where(node => node.Op is not ("Const" or "Placeholder") && !consumed.Contains(node.Name)).ToList();
        if (sinks.Count != 1)
        {
            throw new TfjsFormatException($"expected one graph output, found {sinks.Count}: {string.Join(", ", sinks.Select(sink => sink.Name))}");
        }
        builder.Add("Identity", OutputName, [sinks[0].Name]);
        builder.AddOutput(OutputName, DataType.Float, ["batch", "dimensions"]);
        return builder.Build("DigestGen TF.js converter", metadata);
    }

    private void ConvertNode(TfjsNode node)
    {
        var name = node.Name;
        var x = node.Inputs.Select(ValueName).ToList();
        switch (node.Op)
        {
            case "Const":
                AddConstant(node);
                break;
            case "Placeholder":
                builder.AddInput(name, OnnxType(node.GetDataType("dtype")),
                    [.. node.GetShape("shape").Select((size, axis) => size >= 0 ? size.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{name}_{axis}")]);
                break;
            case "Identity": builder.Add("Identity", name, x); break;
            case "BiasAdd" when foldedBiasAdds.Contains(name): builder.Add("Identity", name, [x[0]]); break;
            case "Add" or "AddV2" when LayerNorm(node) is var (input, scale, bias, epsilon) && input is not null:
                builder.Add("LayerNormalization", name, [input, scale, bias], Int("axis", -1), Float("epsilon", epsilon));
                break;
            case "Add" or "AddV2" or "BiasAdd": builder.Add("Add", name, x); break;
            case "Sub": builder.Add("Sub", name, x); break;
            case "Mul": builder.Add("Mul", name, x); break;
            case "RealDiv": builder.Add("Div", name, x); break;
            case "Maximum": builder.Add("Max", name, x); break;
            case "Minimum": builder.Add("Min", name, x); break;
            case "Less": builder.Add("Less", name, x); break;
            case "Greater": builder.Add("Greater", name, x); break;
            case "LogicalNot": builder.Add("Not", name, x); break;
            case "Square": builder.Add("Mul", name, [x[0], x[0]]); break;
            case "Rsqrt": builder.Add("Reciprocal", name, [builder.Add("Sqrt", $"{name}/sqrt", x)]); break;
            case "Sin" or "Cos" or "Tanh" or "Relu" or "Sqrt" or "Exp" or "Neg":
                builder.Add(node.Op, name, x);
                break;
            case "Softmax": builder.Add("Softmax", name, x, Int("axis", -1)); break;
            case "Cast": builder.Add("Cast", name, x, Int("to", (long)OnnxType(node.GetDataType("DstT")))); break;
            case "Shape": builder.Add("Shape", name, x); break;
            case "Reshape" when tensordotReshapes.Contains(name): builder.Add("Identity", name, [x[0]]); break;
            case "Reshape": builder.Add("Reshape", name, x); break;
            case "ExpandDims": builder.Add("Unsqueeze", name, [x[0], AxesOf(node, 1)]); break;
            case "Squeeze": ConvertSqueeze(node, x); break;
            case "Transpose": builder.Add("Transpose", name, [x[0]], Ints("perm", ConstantInts(node.Inputs[1]))); break;
            case "ConcatV2": builder.Add("Concat", name, x[..^1], Int("axis", ConstantScalar(node.Inputs[^1]))); break;
            case "Pack": ConvertPack(node, x); break;
            case "GatherV2": builder.Add("Gather", name, [x[0], x[1]], Int("axis", ConstantScalar(node.Inputs[2]))); break;
            case "GatherNd": builder.Add("GatherND", name, x); break;
            case "ScatterNd": ConvertScatterNd(node, x); break;
            case "SparseToDense": ConvertSparseToDense(node, x); break;
            case "Where" when x.Count == 1:
                builder.Add("Transpose", name, [builder.Add("NonZero", $"{name}/nonzero", x)], Ints("perm", [1, 0]));
                break;
            case "Sum": ConvertReduce(node, x, "ReduceSum"); break;
            case "Mean": ConvertReduce(node, x, "ReduceMean"); break;
            case "Max": ConvertReduce(node, x, "ReduceMax"); break;
            case "Min": ConvertReduce(node, x, "ReduceMin"); break;
            case "Prod": ConvertReduce(node, x, "ReduceProd"); break;
            case "Range": builder.Add("Range", name, x); break;
            case "MatMul": ConvertMatMul(node, x, node.GetBool("transpose_a"), node.GetBool("transpose_b")); break;
            case "BatchMatMul" or "BatchMatMulV2": ConvertMatMul(node, x, node.GetBool("adj_x"), node.GetBool("adj_y")); break;
            case "Conv2D": ConvertConv2D(node, x); break;
            case "SplitV": ConvertSplitV(node, x); break;
            case "StridedSlice": ConvertStridedSlice(node, x); break;
            case "Slice": ConvertSlice(node, x); break;
            default:
                throw new TfjsFormatException($"node '{name}': TensorFlow op '{node.Op}' has no ONNX mapping in this converter");
        }
    }

    private void AddConstant(TfjsNode node)
    {
        if (!model.Weights.TryGetValue(node.Name, out var weight))
        {
            throw new TfjsFormatException($"constant '{node.Name}' has no entry in the weights manifest");
        }
        if (weight.DataType == TfDataType.Float)
        {
            builder.AddInitializer(node.Name, DataType.Float, weight.Shape, weight.Data);
        }
        else
        {
            builder.AddInt64s(node.Name, weight.Shape, weight.ToInt64Array());
        }
    }

    private void ConvertSqueeze(TfjsNode node, List<string> x)
    {
        var dims = node.GetInts("squeeze_dims");
        builder.Add("Squeeze", node.Name, dims.Count == 0 ? [x[0]] : [x[0], builder.AddInt64Vector($"{node.Name}/axes", [.. dims])]);
    }

    private void ConvertPack(TfjsNode node, List<string> x)
    {
        var axes = builder.AddInt64Vector($"{node.Name}/axes", node.GetInt("axis"));
        var expanded = x.Select((input, index) => builder.Add("Unsqueeze", $"{node.Name}/unsqueeze{index}", [input, axes])).ToList();
        builder.Add("Concat", node.Name, expanded, Int("axis", node.GetInt("axis")));
    }

    /// <summary>TF's ScatterNd writes updates into zeros of the given shape; ONNX's ScatterND needs the zeros as data.</summary>
    private void ConvertScatterNd(TfjsNode node, List<string> x)
    {
        var zero = new TensorProto { DataType = (int)OnnxType(node.GetDataType("T")) };
        zero.Dims.Add(1);
        zero.RawData = Google.Protobuf.ByteString.CopyFrom(new byte[OnnxType(node.GetDataType("T")) == DataType.Float ? sizeof(float) : sizeof(long)]);
        var zeros = builder.Add("ConstantOfShape", $"{node.Name}/zeros", [x[2]], Tensor("value", zero));
        builder.Add("ScatterND", node.Name, [zeros, x[0], x[1]]);
    }

    /// <summary>SparseToDense(indices, shape, values, default) is ScatterND into the default value expanded to shape.</summary>
    private void ConvertSparseToDense(TfjsNode node, List<string> x)
    {
        var filled = builder.Add("Expand", $"{node.Name}/filled", [x[3], x[1]]);
        builder.Add("ScatterND", node.Name, [filled, x[0], x[2]]);
    }

    private void ConvertReduce(TfjsNode node, List<string> x, string onnxOp)
    {
        var keep = node.GetBool("keep_dims") ? 1 : 0;
        builder.Add(onnxOp, node.Name, [x[0], AxesOf(node, 1)], Int("keepdims", keep));
    }

    private void ConvertMatMul(TfjsNode node, List<string> x, bool transposeA, bool transposeB)
    {
        if (!transposeA && !transposeB)
        {
            if (model.Weights.TryGetValue(NodeNameOf(node.Inputs[1]), out var weight) && weight.Shape is [var rows, var columns])
            {
                AddWeightProduct(node.Name, TensordotInput(node, columns) ?? x[0], x[1], weight, rows, columns);
                return;
            }
            builder.Add("MatMul", node.Name, x);
            return;
        }
        // Einsum transposes the last two axes whatever the rank, which TensorFlow's adjoint flags mean.
        var equation = $"...{(transposeA ? "ji" : "ij")},...{(transposeB ? "kj" : "jk")}->...ik";
        builder.Add("Einsum", node.Name, x, Text("equation", equation));
    }

    /// <summary>
    /// x · W for a constant weight whose values are a rows × columns matrix (a 1×1 kernel's are): a float MatMul, or
    /// with int8 weights a DynamicQuantizeMatMul that quantises x per run.
    /// </summary>
    private void AddWeightProduct(string name, string input, string weightInput, TfjsWeight weight, long rows, long columns)
    {
        if (precision == ModelPrecision.Float || weight.DataType != TfDataType.Float)
        {
            var matrix = weight.Shape.Count == 2 ? weightInput : builder.Add("Reshape", $"{name}/matrix", [weightInput, builder.AddInt64Vector($"{name}/matrix_shape", rows, columns)]);
            builder.Add("MatMul", name, [input, matrix]);
            return;
        }
        var quantized = ColumnQuantizedMatrix.Quantize(MemoryMarshal.Cast<byte, float>(weight.Data), checked((int)rows), checked((int)columns));
        List<string> inputs =
        [
            input,
            builder.AddInt8s($"{name}/weights_int8", [rows, columns], quantized.Values),
            builder.AddFloats($"{name}/weight_scales", [columns], quantized.Scales),
        ];
        if (FoldableBias(name, columns) is { } bias)
        {
            inputs.AddRange([builder.AddInt8s($"{name}/weight_zero_points", [columns], new sbyte[columns]), bias]);
        }
        builder.AddMicrosoft("DynamicQuantizeMatMul", name, inputs);
    }

    /// <summary>
    /// Layer normalisation as TensorFlow spells it out over the last axis — d = x − mean(x), then
    /// d · scale · rsqrt(mean(d²) + ε) + bias — ending in this Add: its pieces as names (the one ONNX op replaces the
    /// ten, whose nodes are then left unread), or nulls when the Add is something else.
    /// </summary>
    private (string? Input, string Scale, string Bias, float Epsilon) LayerNorm(TfjsNode add)
    {
        TfjsNode? Producer(string reference, string op) => nodesByName.TryGetValue(NodeNameOf(reference), out var producer) && producer.Op == op ? producer : null;
        bool LastAxisMean(TfjsNode? mean) => mean is not null && mean.GetBool("keep_dims")
            && model.Weights.TryGetValue(NodeNameOf(mean.Inputs[1]), out var axes) && axes.DataType == TfDataType.Int32 && axes.ToInt64Array() is [-1];
        string? Constant(string reference, int length) => model.Weights.TryGetValue(NodeNameOf(reference), out var weight) && weight.DataType == TfDataType.Float
            && weight.Shape.Aggregate(1L, (product, size) => product * size) == length ? ValueName(reference) : null;

        if (add.Inputs.Count != 2 || Producer(add.Inputs[0], "Mul") is not { } scaled)
        {
            return default;
        }
        var biasLength = model.Weights.TryGetValue(NodeNameOf(add.Inputs[1]), out var biasWeight) && biasWeight.Shape is [var size] ? (int)size : -1;
        var centred = scaled.Inputs.Select(input => Producer(input, "Sub")).FirstOrDefault(sub => sub is not null);
        var factor = scaled.Inputs.Select(input => Producer(input, "Mul")).FirstOrDefault(mul => mul is not null);
        if (biasLength < 0 || Constant(add.Inputs[1], biasLength) is not { } bias || centred is null || factor is null
            || !LastAxisMean(Producer(centred.Inputs[1], "Mean")) || NodeNameOf(Producer(centred.Inputs[1], "Mean")!.Inputs[0]) != NodeNameOf(centred.Inputs[0]))
        {
            return default;
        }
        var scale = factor.Inputs.Select(input => Constant(input, biasLength)).FirstOrDefault(name => name is not null);
        var rsqrt = factor.Inputs.Select(input => Producer(input, "Rsqrt")).FirstOrDefault(node => node is not null);
        var variance = rsqrt is null ? null : Producer(rsqrt.Inputs[0], "Add");
        var meanSquare = variance is null ? null : Producer(variance.Inputs[0], "Mean");
        var square = meanSquare is null ? null : Producer(meanSquare.Inputs[0], "Square");
        if (scale is null || variance is null || !LastAxisMean(meanSquare) || square is null || NodeNameOf(square.Inputs[0]) != centred.Name
            || !model.Weights.TryGetValue(NodeNameOf(variance.Inputs[1]), out var epsilon) || epsilon.DataType != TfDataType.Float || epsilon.Data.Length != sizeof(float))
        {
            return default;
        }
        return (ValueName(centred.Inputs[0]), scale, bias, BitConverter.ToSingle(epsilon.Data));
    }

    /// <summary>
    /// TensorFlow's tensordot over the last axis of x reshapes x to a matrix, multiplies, and reshapes the product back
    /// to x's leading axes and the weight's columns; ONNX's products take the leading axes as they are. When the
    /// product is such a tensordot, returns x (and marks the reshape back as a pass-through), else null. Should x's
    /// last axis not be the one contracted, the N-D product fails on the mismatched sizes rather than computing
    /// something else.
    /// </summary>
    private string? TensordotInput(TfjsNode product, long columns)
    {
        if (!nodesByName.TryGetValue(NodeNameOf(product.Inputs[0]), out var toMatrix) || toMatrix.Op != "Reshape"
            || readers[product.Name].ToList() is not [{ Op: "Reshape" } back] || NodeNameOf(back.Inputs[0]) != product.Name
            || !nodesByName.TryGetValue(NodeNameOf(back.Inputs[1]), out var backShape) || backShape.Op != "ConcatV2"
            || !nodesByName.TryGetValue(NodeNameOf(backShape.Inputs[0]), out var leadingAxes) || leadingAxes.Op != "GatherV2"
            || !nodesByName.TryGetValue(NodeNameOf(leadingAxes.Inputs[0]), out var shape) || shape.Op != "Shape"
            || NodeNameOf(shape.Inputs[0]) != NodeNameOf(toMatrix.Inputs[0])
            || !model.Weights.TryGetValue(NodeNameOf(backShape.Inputs[^2]), out var lastAxis) || lastAxis.DataType != TfDataType.Int32
            || lastAxis.ToInt64Array() is not [var size] || size != columns)
        {
            return null;
        }
        tensordotReshapes.Add(back.Name);
        return ValueName(toMatrix.Inputs[0]);
    }

    /// <summary>
    /// The constant bias of the one BiasAdd that alone reads a product, which DynamicQuantizeMatMul then adds itself
    /// (one pass over the output fewer; the BiasAdd becomes an Identity that ONNX Runtime drops), or null.
    /// </summary>
    private string? FoldableBias(string product, long columns)
    {
        var output = readers[product].ToList() is [{ Op: "Reshape" } back] && tensordotReshapes.Contains(back.Name) ? back.Name : product;
        if (readers[output].ToList() is not [{ Op: "BiasAdd" } biasAdd]
            || !model.Weights.TryGetValue(NodeNameOf(biasAdd.Inputs[1]), out var bias) || bias.DataType != TfDataType.Float || bias.Shape is not [var length] || length != columns)
        {
            return null;
        }
        foldedBiasAdds.Add(biasAdd.Name);
        return ValueName(biasAdd.Inputs[1]);
    }

    /// <summary>
    /// NHWC Conv2D becomes NCHW Conv between two transposes, the HWIO kernel transposed to OIHW; a 1×1 kernel with
    /// unit strides (the transformer's projections) is just a matrix product over the channel axis.
    /// </summary>
    private void ConvertConv2D(TfjsNode node, List<string> x)
    {
        var format = node.GetString("data_format", "NHWC");
        if (format != "NHWC")
        {
            throw new TfjsFormatException($"node '{node.Name}': Conv2D data_format '{format}' is not supported");
        }
        var strides = node.GetInts("strides");
        var dilations = node.GetInts("dilations");
        var padding = node.GetString("padding", "VALID");
        if (model.Weights.TryGetValue(NodeNameOf(node.Inputs[1]), out var kernel) && kernel.Shape is [1, 1, var inputs, var outputs]
            && strides.All(stride => stride == 1))
        {
            AddWeightProduct(node.Name, x[0], x[1], kernel, inputs, outputs);
            return;
        }
        var input = builder.Add("Transpose", $"{node.Name}/nchw", [x[0]], Ints("perm", [0, 3, 1, 2]));
        var oihw = builder.Add("Transpose", $"{node.Name}/oihw", [x[1]], Ints("perm", [3, 2, 0, 1]));
        var attributes = new List<AttributeProto>
        {
            Ints("strides", strides.Count == 4 ? [strides[1], strides[2]] : [1, 1]),
            Ints("dilations", dilations.Count == 4 ? [dilations[1], dilations[2]] : [1, 1]),
            Text("auto_pad", padding == "SAME" ? "SAME_UPPER" : "VALID"),
        };
        var convolved = builder.Add("Conv", $"{node.Name}/conv", [input, oihw], [.. attributes]);
        builder.Add("Transpose", node.Name, [convolved], Ints("perm", [0, 2, 3, 1]));
    }

    private void ConvertSplitV(TfjsNode node, List<string> x)
    {
        var sizes = ConstantInts(node.Inputs[1]);
        var outputs = Enumerable.Range(0, sizes.Length).Select(index => OutputValueName(node.Name, index)).ToList();
        builder.AddNode("Split", [x[0], builder.AddInt64Vector($"{node.Name}/sizes", sizes)], outputs, Int("axis", ConstantScalar(node.Inputs[2])));
    }

    /// <summary>StridedSlice with constant bounds: masks pick open ends, shrink_axis_mask drops the sliced axes.</summary>
    private void ConvertStridedSlice(TfjsNode node, List<string> x)
    {
        if (node.GetInt("ellipsis_mask") != 0 || node.GetInt("new_axis_mask") != 0)
        {
            throw new TfjsFormatException($"node '{node.Name}': StridedSlice with ellipsis or new-axis masks is not supported");
        }
        var begin = ConstantInts(node.Inputs[1]);
        var end = ConstantInts(node.Inputs[2]);
        var strides = ConstantInts(node.Inputs[3]);
        long beginMask = node.GetInt("begin_mask"), endMask = node.GetInt("end_mask"), shrinkMask = node.GetInt("shrink_axis_mask");
        var starts = new long[begin.Length];
        var ends = new long[begin.Length];
        var shrunk = new List<long>();
        for (var axis = 0; axis < begin.Length; axis++)
        {
            var bit = 1L << axis;
            var forward = strides[axis] > 0;
            starts[axis] = (beginMask & bit) != 0 ? (forward ? 0 : long.MaxValue) : begin[axis];
            ends[axis] = (endMask & bit) != 0 ? (forward ? long.MaxValue : long.MinValue) : end[axis];
            if ((shrinkMask & bit) != 0)
            {
                ends[axis] = begin[axis] == -1 ? long.MaxValue : begin[axis] + 1;
                strides[axis] = 1;
                shrunk.Add(axis);
            }
        }
        var sliceName = shrunk.Count == 0 ? node.Name : $"{node.Name}/slice";
        AddSlice(sliceName, x[0], starts, ends, strides);
        if (shrunk.Count > 0)
        {
            builder.Add("Squeeze", node.Name, [sliceName, builder.AddInt64Vector($"{node.Name}/shrink_axes", [.. shrunk])]);
        }
    }

    private void ConvertSlice(TfjsNode node, List<string> x)
    {
        var begin = ConstantInts(node.Inputs[1]);
        var size = ConstantInts(node.Inputs[2]);
        var ends = begin.Zip(size, (start, length) => length == -1 ? long.MaxValue : start + length).ToArray();
        AddSlice(node.Name, x[0], begin, ends, [.. Enumerable.Repeat(1L, begin.Length)]);
    }

    private void AddSlice(string name, string input, long[] starts, long[] ends, long[] steps) =>
        builder.Add("Slice", name,
        [
            input,
            builder.AddInt64Vector($"{name}/starts", starts),
            builder.AddInt64Vector($"{name}/ends", ends),
            builder.AddInt64Vector($"{name}/axes", [.. Enumerable.Range(0, starts.Length).Select(axis => (long)axis)]),
            builder.AddInt64Vector($"{name}/steps", steps),
        ]);

    /// <summary>ONNX wants axes as a 1-D tensor; TensorFlow allows a scalar.</summary>
    private string AxesOf(TfjsNode node, int inputIndex) =>
        builder.AddInt64Vector($"{node.Name}/axes", ConstantInts(node.Inputs[inputIndex]));

    private long[] ConstantInts(string reference) =>
        model.Weights.TryGetValue(NodeNameOf(reference), out var weight)
            ? weight.ToInt64Array()
            : throw new TfjsFormatException($"input '{reference}' must be a constant for the ONNX conversion");

    private long ConstantScalar(string reference) => ConstantInts(reference).Single();

    private static DataType OnnxType(TfDataType type) => type switch
    {
        TfDataType.Float => DataType.Float,
        TfDataType.Double => DataType.Double,
        TfDataType.Int32 or TfDataType.Int64 => DataType.Int64,
        TfDataType.Bool => DataType.Bool,
        TfDataType.Uint8 => DataType.Uint8,
        _ => throw new TfjsFormatException($"TensorFlow type {type} has no ONNX mapping in this converter"),
    };

    private static string NodeNameOf(string reference)
    {
        var colon = reference.LastIndexOf(':');
        return colon > 0 && int.TryParse(reference.AsSpan(colon + 1), out _) ? reference[..colon] : reference;
    }

    /// <summary>TF names a node's second output "node:1"; its first is just "node".</summary>
    private static string ValueName(string reference)
    {
        var node = NodeNameOf(reference);
        return node == reference ? reference : OutputValueName(node, int.Parse(reference.AsSpan(node.Length + 1), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string OutputValueName(string node, int index) => index == 0 ? node : $"{node}:{index}";

    /// <summary>ONNX requires nodes in topological order; TF.js files do not promise one.</summary>
    private static List<TfjsNode> TopologicalOrder(IReadOnlyList<TfjsNode> nodes)
    {
        var byName = nodes.ToDictionary(node => node.Name, StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<TfjsNode>(nodes.Count);
        foreach (var node in nodes)
        {
            Visit(node);
        }
        return ordered;

        void Visit(TfjsNode root)
        {
            var stack = new Stack<(TfjsNode Node, bool Expanded)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (expanded)
                {
                    ordered.Add(node);
                    continue;
                }
                if (!visited.Add(node.Name))
                {
                    continue;
                }
                stack.Push((node, true));
                foreach (var input in node.Inputs.Select(NodeNameOf).Reverse())
                {
                    if (!visited.Contains(input))
                    {
                        stack.Push((byName.TryGetValue(input, out var dependency) ? dependency : throw new TfjsFormatException($"node '{node.Name}' reads unknown node '{input}'"), false));
                    }
                }
            }
        }
    }
}
