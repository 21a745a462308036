using System.Collections.Concurrent;
using System.Numerics.Tensors;
using DigestGen.Compute.Embeddings;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>How token windows meet the model: in batches of like length, each text getting the mean of its own windows.</summary>
public sealed class WindowedEmbeddingTests
{
    [Fact]
    public void Short_last_windows_run_together_and_each_text_gets_its_own_windows_back()
    {
        // Three texts of a full window and a short tail each, as most title + abstract pairs are.
        int[][][] windowsPerText = [[Window(1, 128), Window(2, 30)], [Window(3, 128), Window(4, 9)], [Window(5, 128), Window(6, 17)]];
        var batchLengths = new ConcurrentBag<string>();

        var vectors = WindowedEmbedding.Embed(windowsPerText, windowsPerBatch: 3, parallelRuns: 2, batch =>
        {
            batchLengths.Add(string.Join(",", batch.Select(window => window.Length)));
            return [.. batch.Select(window => OneHot(window[0]))];
        });

        Assert.Equal(["128,128,128", "9,17,30"], batchLengths.Order(StringComparer.Ordinal));
        float expected = 1 / MathF.Sqrt(2);
        Assert.Equal([0, expected, expected, 0, 0, 0, 0], vectors[0]);
        Assert.Equal([0, 0, 0, expected, expected, 0, 0], vectors[1]);
        Assert.Equal([0, 0, 0, 0, 0, expected, expected], vectors[2]);
    }

    private static int[] Window(int token, int length) => Enumerable.Repeat(token, length).ToArray();

    private static float[] OneHot(int index)
    {
        var vector = new float[7];
        vector[index] = 1;
        return vector;
    }
}

/// <summary>Batching by length pads less; the float model must give the same vectors as windows run one by one, unpadded.</summary>
[Collection(DefaultModelCollection.Name)]
public sealed class WindowedEmbeddingModelTests(DefaultModelFixture model)
{
    [Fact]
    public void Texts_embedded_in_length_ordered_batches_match_their_windows_run_alone()
    {
        var texts = CorpusSample.First(8).Select(record => $"{record.Title}. {record.Abstract}").ToList();

        var batched = model.FloatEmbedder.Embed(texts);

        var alone = texts.Select(text =>
        {
            var sum = new float[model.FloatEmbedder.Dimensions];
            foreach (var window in model.Tokenizer.Encode(text).Chunk(OnnxTextEmbedder.MaxTokensPerWindow))
            {
                TensorPrimitives.Add(sum, model.FloatEmbedder.Run([window])[0], sum);
            }
            TensorPrimitives.Divide(sum, TensorPrimitives.Norm(sum), sum);
            return sum;
        }).ToList();
        Assert.Contains(texts, text => model.Tokenizer.Encode(text).Length > OnnxTextEmbedder.MaxTokensPerWindow);
        VectorAssert.Close(alone, batched, 1e-5f);
    }
}
