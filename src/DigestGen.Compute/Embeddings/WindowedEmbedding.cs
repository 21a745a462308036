using System.Numerics.Tensors;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// What both ONNX embedders do with token windows: run them in fixed batches, one batch per core in parallel, and
/// give each text the L2-normalised mean of its windows' vectors. Batches are cut in text order, so the same texts
/// always meet the model in the same batches and the vectors are reproducible.
/// </summary>
internal static class WindowedEmbedding
{
    /// <param name="windowsPerText">Each text's token windows; every text needs at least one.</param>
    /// <param name="runBatch">Embeds a batch of windows: row i of its result belongs to window i.</param>
    public static float[][] Embed(IReadOnlyList<int[][]> windowsPerText, int windowsPerBatch, int parallelRuns, Func<IReadOnlyList<int[]>, float[][]> runBatch)
    {
        var windows = windowsPerText.SelectMany((windows, text) => windows.Select(ids => (Text: text, Ids: ids))).ToList();
        var batches = windows.Chunk(windowsPerBatch).ToArray();
        var batchVectors = new float[batches.Length][][];
        Parallel.For(0, batches.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelRuns },
            index => batchVectors[index] = runBatch([.. batches[index].Select(window => window.Ids)]));
        var sums = new float[windowsPerText.Count][];
        foreach (var (window, vector) in windows.Zip(batchVectors.SelectMany(vectors => vectors)))
        {
            if (sums[window.Text] is null)
            {
                sums[window.Text] = vector;
            }
            else
            {
                TensorPrimitives.Add(sums[window.Text], vector, sums[window.Text]);
            }
        }
        foreach (var sum in sums)
        {
            var norm = TensorPrimitives.Norm(sum);
            if (norm > 0)
            {
                TensorPrimitives.Divide(sum, norm, sum);
            }
        }
        return sums;
    }
}
