using System.Numerics.Tensors;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Embeddings.Onnx;
using DigestGen.Compute.Neighbours;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using DataType = DigestGen.Compute.Embeddings.Onnx.TensorProto.Types.DataType;

namespace DigestGen.Compute.Kernels;

/// <summary>
/// Exact top-k neighbours and spherical k-means (assignment and update) as small ONNX graphs built in code (MatMul,
/// TopK, ReduceMax/ArgMax, OneHot), run through ONNX Runtime on the embedder's device, so related papers and
/// clustering can run on a GPU. On the CPU the build keeps its managed code; these kernels give the same results
/// there up to float rounding of the dot products (tests hold them to 1e-5 in cosine, and to identical lists and
/// clusters where no two candidates are that close).
/// </summary>
internal sealed class OnnxKernels : IDisposable
{
    /// <summary>Scores held at once for a block of queries: 32 M floats (128 MB).</summary>
    private const long ScoresPerBlock = 1L << 25;

    private const int AssignBlockRows = 8192;

    private readonly EmbeddingDevice device;
    private readonly InferenceSession assign;

    private OnnxKernels(EmbeddingDevice device, InferenceSession assign)
    {
        this.device = device;
        this.assign = assign;
    }

    /// <summary>Kernels on the CPU, or on CUDA (failing with <see cref="EmbedderUnavailableException"/> when it cannot be had).</summary>
    public static OnnxKernels Open(EmbeddingDevice device)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(device, EmbeddingDevice.Auto);
        return new OnnxKernels(device, OnnxSessionFactory.Open(AssignGraph(), device, [], Environment.ProcessorCount));
    }

    /// <summary>
    /// Kernels on the GPU when <paramref name="device"/> (cpu, cuda or auto) asks for CUDA or auto finds it; null
    /// means the build's managed CPU code, which is faster than ONNX Runtime on a CPU for these sizes.
    /// </summary>
    public static OnnxKernels? ForDevice(string device)
    {
        var requested = OnnxSessionFactory.ParseDevice(device);
        if (requested == EmbeddingDevice.Cpu || !OnnxSessionFactory.CudaBuild)
        {
            return null;
        }

        try
        {
            return Open(EmbeddingDevice.Cuda);
        }
        catch (EmbedderUnavailableException) when (requested == EmbeddingDevice.Auto)
        {
            return null;
        }
    }

    public bool OnGpu => device == EmbeddingDevice.Cuda;

    /// <summary>The k most similar other vectors of each unit vector, ties to the lower index, as <see cref="ExactNeighbours"/>.</summary>
    public NeighbourLists TopK(IReadOnlyList<float[]> vectors, int k)
    {
        var count = vectors.Count;
        var dimensions = count == 0 ? 0 : vectors[0].Length;
        var take = Math.Min(k + 1, count);
        var indices = new int[count][];
        var similarities = new float[count][];
        if (count == 0 || take == 0)
        {
            return new NeighbourLists(indices, similarities);
        }

        // The corpus is a constant of the graph, so a GPU holds it once for all query blocks.
        var transposed = new float[dimensions * count];
        for (var i = 0; i < count; i++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                transposed[(d * count) + i] = vectors[i][d];
            }
        }

        using var session = OnnxSessionFactory.Open(TopKGraph(transposed, dimensions, count, take), device, [], Environment.ProcessorCount);
        var blockRows = (int)Math.Clamp(ScoresPerBlock / count, 1, 4096);
        for (var first = 0; first < count; first += blockRows)
        {
            var rows = Math.Min(blockRows, count - first);
            var queries = new DenseTensor<float>([rows, dimensions]);
            for (var r = 0; r < rows; r++)
            {
                vectors[first + r].CopyTo(queries.Buffer.Span.Slice(r * dimensions, dimensions));
            }

            using var results = session.Run([NamedOnnxValue.CreateFromTensor("queries", queries)]);
            var values = results.First(result => result.Name == "values").AsTensor<float>();
            var found = results.First(result => result.Name == "indices").AsTensor<long>();
            for (var r = 0; r < rows; r++)
            {
                var self = first + r;
                var list = Enumerable.Range(0, take).Where(j => found[r, j] != self).Take(Math.Min(k, count - 1)).ToArray();
                indices[self] = [.. list.Select(j => (int)found[r, j])];
                similarities[self] = [.. list.Select(j => values[r, j])];
            }
        }

        return new NeighbourLists(indices, similarities);
    }

    /// <summary>
    /// Lloyd rounds of spherical k-means on dense unit rows (count × dimensions, row-major) from the given
    /// centroids, until no row moves or <paramref name="maxIterations"/>: each row to its most similar centroid
    /// (ties to the lower), each centroid to its members' normalised sum; an emptied cluster restarts at the
    /// worst-served row, as <see cref="SphericalKMeans"/> does.
    /// </summary>
    public (int[] Assignments, Centroids Centroids) KMeans(float[] rows, int dimensions, Centroids start, int maxIterations)
    {
        var count = rows.Length / dimensions;
        var assignments = Enumerable.Repeat(-1, count).ToArray();
        var centroids = start;
        for (var iteration = 0; iteration <= maxIterations; iteration++)
        {
            var (next, similarities, sums, sizes) = Assign(rows, dimensions, centroids);
            var moved = !next.AsSpan().SequenceEqual(assignments);
            assignments = next;
            if (!moved || iteration == maxIterations)
            {
                break;
            }

            RestartEmptied(rows, dimensions, similarities, sums, sizes);
            centroids = new Centroids(sums, dimensions);
        }

        return (assignments, centroids);
    }

    /// <summary>Each row's most similar centroid and that similarity, and each centroid's member sum and count.</summary>
    public (int[] Assignments, float[] Similarities, float[] Sums, int[] Sizes) Assign(float[] rows, int dimensions, Centroids centroids)
    {
        var count = rows.Length / dimensions;
        var k = centroids.Count;
        var centroidTensor = new DenseTensor<float>(Enumerable.Range(0, k).SelectMany(c => centroids.Row(c).ToArray()).ToArray(), [k, dimensions]);
        var assignments = new int[count];
        var similarities = new float[count];
        var sums = new float[k * dimensions];
        var sizes = new int[k];
        for (var first = 0; first < count; first += AssignBlockRows)
        {
            var length = Math.Min(AssignBlockRows, count - first);
            var block = new DenseTensor<float>(rows.AsMemory(first * dimensions, length * dimensions), [length, dimensions]);
            using var results = assign.Run([NamedOnnxValue.CreateFromTensor("rows", block), NamedOnnxValue.CreateFromTensor("centroids", centroidTensor)]);
            var best = results.First(result => result.Name == "best").AsTensor<long>();
            var similarity = results.First(result => result.Name == "similarity").AsTensor<float>();
            var blockSums = results.First(result => result.Name == "sums").AsTensor<float>().ToArray();
            var blockSizes = results.First(result => result.Name == "sizes").AsTensor<float>().ToArray();
            for (var r = 0; r < length; r++)
            {
                assignments[first + r] = (int)best[r];
                similarities[first + r] = similarity[r];
            }

            TensorPrimitives.Add(sums, blockSums, sums);
            for (var c = 0; c < k; c++)
            {
                sizes[c] += (int)blockSizes[c];
            }
        }

        return (assignments, similarities, sums, sizes);
    }

    public void Dispose() => assign.Dispose();

    private static void RestartEmptied(float[] rows, int dimensions, float[] similarities, float[] sums, int[] sizes)
    {
        if (!sizes.Contains(0))
        {
            return;
        }

        var worstFirst = Enumerable.Range(0, similarities.Length).OrderBy(i => similarities[i]).ThenBy(i => i).GetEnumerator();
        for (var c = 0; c < sizes.Length; c++)
        {
            if (sizes[c] == 0 && worstFirst.MoveNext())
            {
                rows.AsSpan(worstFirst.Current * dimensions, dimensions).CopyTo(sums.AsSpan(c * dimensions, dimensions));
            }
        }
    }

    /// <summary>values, indices = TopK(queries × corpusᵀ, k): the corpus transposed is a constant.</summary>
    private static byte[] TopKGraph(float[] transposedCorpus, int dimensions, int count, int k)
    {
        var graph = new OnnxGraphBuilder("digestgen-topk");
        graph.AddInput("queries", DataType.Float, ["queries", dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var corpus = graph.AddFloats("corpus_t", [dimensions, count], transposedCorpus);
        var scores = graph.Add("MatMul", "scores", ["queries", corpus]);
        graph.AddNode("TopK", [scores, graph.AddInt64Vector("k", k)], ["values", "indices"], OnnxGraphBuilder.Int("axis", 1), OnnxGraphBuilder.Int("largest", 1), OnnxGraphBuilder.Int("sorted", 1));
        graph.AddOutput("values", DataType.Float, ["queries", "k"]);
        graph.AddOutput("indices", DataType.Int64, ["queries", "k"]);
        return graph.Build("DigestGen").ToByteArray();
    }

    /// <summary>
    /// One k-means step for a block of rows: similarity = rows × centroidsᵀ; best = ArgMax, similarity = ReduceMax;
    /// sums = OneHot(best)ᵀ × rows and sizes = ReduceSum(OneHot(best)) for the update.
    /// </summary>
    private static byte[] AssignGraph()
    {
        var graph = new OnnxGraphBuilder("digestgen-kmeans-assign");
        graph.AddInput("rows", DataType.Float, ["rows", "dimensions"]);
        graph.AddInput("centroids", DataType.Float, ["k", "dimensions"]);
        var transposed = graph.Add("Transpose", "centroids_t", ["centroids"], OnnxGraphBuilder.Ints("perm", [1, 0]));
        var scores = graph.Add("MatMul", "scores", ["rows", transposed]);
        graph.Add("ArgMax", "best", [scores], OnnxGraphBuilder.Int("axis", 1), OnnxGraphBuilder.Int("keepdims", 0), OnnxGraphBuilder.Int("select_last_index", 0));
        graph.Add("ReduceMax", "similarity", [scores, graph.AddInt64Vector("class_axis", 1)], OnnxGraphBuilder.Int("keepdims", 0));
        var shape = graph.Add("Shape", "scores_shape", [scores]);
        var depth = graph.Add("Slice", "depth", [shape, graph.AddInt64Vector("one_start", 1), graph.AddInt64Vector("one_end", 2)]);
        var oneHot = graph.Add("OneHot", "one_hot", ["best", depth, graph.AddFloats("off_on", [2], [0f, 1f])], OnnxGraphBuilder.Int("axis", -1));
        var oneHotT = graph.Add("Transpose", "one_hot_t", [oneHot], OnnxGraphBuilder.Ints("perm", [1, 0]));
        graph.Add("MatMul", "sums", [oneHotT, "rows"]);
        graph.Add("ReduceSum", "sizes", [oneHot, graph.AddInt64Vector("row_axis", 0)], OnnxGraphBuilder.Int("keepdims", 0));
        graph.AddOutput("best", DataType.Int64, ["rows"]);
        graph.AddOutput("similarity", DataType.Float, ["rows"]);
        graph.AddOutput("sums", DataType.Float, ["k", "dimensions"]);
        graph.AddOutput("sizes", DataType.Float, ["k"]);
        return graph.Build("DigestGen").ToByteArray();
    }
}
