using DigestGen.Compute.Neighbours;
using DigestGen.Tests.Compute.Embeddings;
using Xunit.Abstractions;

namespace DigestGen.Tests.Compute;

/// <summary>
/// The inverted file must find nearly every exact neighbour on real embeddings of real papers. Measured on the
/// default model's vectors of 34,670 abstracts: recall@5 0.970 with the default 16 probes of 186 cells
/// (docs/compute.md); here 3,000 titles keep the test fast.
/// </summary>
[Collection(DefaultModelCollection.Name)]
public sealed class InvertedFileNeighboursTests(DefaultModelFixture model, ITestOutputHelper output)
{
    private const int K = 5;

    [Fact]
    public void Finds_nearly_all_exact_neighbours_of_real_embeddings()
    {
        var vectors = model.Embedder.Embed([.. CorpusSample.First(3000).Select(record => record.Title)]);
        var exact = ExactNeighbours.FindTopK(vectors, K);

        var found = InvertedFileNeighbours.FindTopK(vectors, K);

        output.WriteLine($"recall@{K}: {Recall(exact, found):F4}");
        Assert.True(Recall(exact, found) >= 0.95, $"recall {Recall(exact, found):F4}");
    }

    [Fact]
    public void Lists_are_exact_scores_most_similar_first_and_never_the_item_itself()
    {
        var vectors = ExactNeighboursTests.RandomUnitVectors(2000, 48, seed: 4);
        var exact = ExactNeighbours.FindTopK(vectors, K);

        var found = InvertedFileNeighbours.FindTopK(vectors, K);

        for (var i = 0; i < vectors.Length; i++)
        {
            Assert.Equal(K, found.Indices[i].Length);
            Assert.DoesNotContain(i, found.Indices[i]);
            Assert.Equal(found.Similarities[i].OrderDescending(), found.Similarities[i]);
            // Whatever the cells let through is scored exactly as the exact scan scores it.
            Assert.All(found.Indices[i].Zip(found.Similarities[i]), pair =>
            {
                var rank = Array.IndexOf(exact.Indices[i], pair.First);
                Assert.True(rank < 0 || exact.Similarities[i][rank] == pair.Second);
                Assert.True(pair.Second <= exact.Similarities[i][0]);
            });
        }
    }

    [Fact]
    public void The_same_vectors_give_the_same_lists()
    {
        var vectors = ExactNeighboursTests.RandomUnitVectors(1500, 32, seed: 8);

        var first = InvertedFileNeighbours.FindTopK(vectors, K);
        var second = InvertedFileNeighbours.FindTopK(vectors, K);

        Assert.Equal(first.Indices.SelectMany(list => list), second.Indices.SelectMany(list => list));
        Assert.Equal(first.Similarities.SelectMany(list => list), second.Similarities.SelectMany(list => list));
    }

    /// <summary>Share of the exact lists' members that the approximate lists also hold.</summary>
    private static double Recall(NeighbourLists exact, NeighbourLists found) =>
        (double)exact.Indices.Select((list, i) => list.Count(found.Indices[i].Contains)).Sum() / exact.Indices.Sum(list => list.Length);
}
