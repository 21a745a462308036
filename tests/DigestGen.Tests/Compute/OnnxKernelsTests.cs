using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Kernels;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

/// <summary>The ONNX graphs (run here on the CPU) against the managed code the build uses: same results to 1e-5.</summary>
public sealed class OnnxKernelsTests
{
    private const float Tolerance = 1e-5f;

    private static readonly float[][] Vectors = [.. TfidfVectorizer.FitTransform([.. ComputeTestData.FirstPapers(300).Select(paper => $"{paper.Title}. {paper.Abstract}")])];

    [Fact]
    public void Top_k_neighbours_match_the_exact_managed_scan()
    {
        using var kernels = OnnxKernels.Open(EmbeddingDevice.Cpu);

        var onnx = kernels.TopK(Vectors, 5);
        var managed = ExactNeighbours.FindTopK(Vectors, 5);

        for (var i = 0; i < Vectors.Length; i++)
        {
            Assert.Equal(managed.Similarities[i], onnx.Similarities[i], (x, y) => Math.Abs(x - y) <= Tolerance);
            for (var r = 0; r < managed.Indices[i].Length; r++)
            {
                // The same neighbour, or one whose cosine differs by float rounding only (a near tie).
                Assert.True(
                    managed.Indices[i][r] == onnx.Indices[i][r] || Math.Abs(managed.Similarities[i][r] - onnx.Similarities[i][r]) <= Tolerance,
                    $"paper {i}, rank {r}: {managed.Indices[i][r]} vs {onnx.Indices[i][r]}");
            }

            Assert.DoesNotContain(i, onnx.Indices[i]);
        }

        Assert.True(Enumerable.Range(0, Vectors.Length).Count(i => managed.Indices[i].SequenceEqual(onnx.Indices[i])) >= Vectors.Length * 0.99);
    }

    [Fact]
    public void K_means_on_the_graph_finds_the_same_topics_as_the_managed_fit_from_the_same_start()
    {
        using var kernels = OnnxKernels.Open(EmbeddingDevice.Cpu);
        var dense = new DenseVectors(Vectors);
        var start = SphericalKMeans.Fit(dense, 8, seed: 7).Centroids;

        var managed = SphericalKMeans.Refine(dense, start, SphericalKMeans.MaxIterations);
        var (onnx, _) = kernels.KMeans([.. Vectors.SelectMany(vector => vector)], Vectors[0].Length, start, SphericalKMeans.MaxIterations);

        Assert.Equal(FirstAppearance(managed.Assignments), FirstAppearance(onnx));
    }

    [Fact]
    public void Assignment_scores_each_row_against_every_centroid()
    {
        using var kernels = OnnxKernels.Open(EmbeddingDevice.Cpu);
        var centroids = new Centroids([.. Vectors[0], .. Vectors[1], .. Vectors[2]], Vectors[0].Length);

        var (assignments, similarities, sums, sizes) = kernels.Assign([.. Vectors.SelectMany(vector => vector)], Vectors[0].Length, centroids);

        Assert.Equal([0, 1, 2], assignments[..3]);
        Assert.Equal(Vectors.Length, sizes.Sum());
        for (var i = 0; i < Vectors.Length; i++)
        {
            var expected = Enumerable.Range(0, 3).Select(c => Vectors[i].Zip(centroids.Row(c).ToArray(), (x, y) => x * y).Sum()).ToArray();
            Assert.Equal(expected.Max(), similarities[i], Tolerance);
            Assert.Equal(Array.IndexOf(expected, expected.Max()), assignments[i]);
        }

        var firstSum = Enumerable.Range(0, Vectors.Length).Where(i => assignments[i] == 0).Sum(i => Vectors[i][0]);
        Assert.Equal(firstSum, sums[0], 1e-4f);
    }

    /// <summary>Clusters renumbered by first appearance, so two equal partitions compare equal whatever their numbering.</summary>
    private static int[] FirstAppearance(int[] assignments)
    {
        var renumber = new Dictionary<int, int>();
        return [.. assignments.Select(cluster => renumber.TryGetValue(cluster, out var id) ? id : renumber[cluster] = renumber.Count)];
    }
}
