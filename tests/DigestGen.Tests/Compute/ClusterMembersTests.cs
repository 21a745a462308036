using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class ClusterMembersTests
{
    [Fact]
    public void Members_are_ranked_as_when_every_row_is_scored_against_every_cluster()
    {
        string[] texts = [.. ComputeTestData.FirstPapers(120).Select(paper => $"{paper.Title}. {paper.Abstract}")];
        using var embedder = new HashedWordsEmbedder();
        var vectors = new HybridVectors(embedder.Embed(texts), TfidfVectorizer.Fit(TokenizedTexts.Tokenize(texts)));
        const int clusters = 7;
        var assignments = Enumerable.Range(0, texts.Length).Select(i => (i * 5 % 11) % clusters).ToArray();

        var ranked = ClusterMembers.RankedByCentrality(vectors, assignments, clusters);

        // What the ranking was before each row was scored against its own cluster only: every cluster, then its own score.
        var sums = new float[clusters * vectors.Dimensions];
        for (var i = 0; i < texts.Length; i++)
        {
            vectors.AddTo(i, sums.AsSpan(assignments[i] * vectors.Dimensions, vectors.Dimensions));
        }

        var centroids = new Centroids(sums, vectors.Dimensions);
        var scores = new float[clusters];
        var centrality = Enumerable.Range(0, texts.Length).Select(i =>
        {
            vectors.Similarities(i, centroids, scores);
            return scores[assignments[i]];
        }).ToArray();
        var expected = Enumerable.Range(0, clusters)
            .Select(cluster => Enumerable.Range(0, texts.Length).Where(i => assignments[i] == cluster).OrderByDescending(i => centrality[i]).ThenBy(i => i).ToArray());
        Assert.Equal(expected, ranked);
    }
}
