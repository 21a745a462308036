using DigestGen.Compute;
using DigestGen.Compute.Clustering;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class TopicClustererTests
{
    [Fact]
    public void ThreeSeparateGroupsOfRealAbstractsBecomeThreeLabelledTopics()
    {
        string[] phrases = ["Malware", "Speech Recognition", "Quadrotor"];
        var groups = phrases.Select(phrase => ComputeTestData.PapersTitled(phrase, 15)).ToArray();
        var texts = groups.SelectMany(group => group.Select(paper => $"{paper.Title}. {paper.Abstract}")).ToArray();
        var truth = groups.SelectMany((group, index) => group.Select(_ => index)).ToArray();

        var clustering = TopicClusterer.Cluster(TfidfVectorizer.FitTransform(texts), ClusteringOptions.Default);
        var descriptions = TopicLabeler.Describe(texts, clustering.Assignments, clustering.ClusterCount);

        Assert.Equal(3, clustering.ClusterCount);
        var majorities = new HashSet<int>();
        for (var group = 0; group < 3; group++)
        {
            var clusters = Enumerable.Range(0, texts.Length).Where(i => truth[i] == group).Select(i => clustering.Assignments[i]).ToArray();
            var majority = clusters.GroupBy(cluster => cluster).MaxBy(members => members.Count())!;
            // A paper or so may honestly sit elsewhere (e.g. a malware paper about autonomous military drones).
            Assert.True(majority.Count() >= 13, $"{phrases[group]}: {majority.Count()} of 15 together");
            Assert.True(majorities.Add(majority.Key), $"{phrases[group]} shares a topic with another group");
            Assert.Contains(phrases[group].Split(' ')[0], descriptions[majority.Key].Label, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void TheTopicCountCanBeChosenOnOtherVectorsOfTheSamePapers()
    {
        var countVectors = SphericalBlobs(centres: 7, perCentre: 40, dimensions: 48, spread: 0.35f, seed: 3);
        var vectors = SphericalBlobs(centres: 10, perCentre: 28, dimensions: 48, spread: 0.2f, seed: 5);

        var clustering = TopicClusterer.Cluster(vectors, ClusteringOptions.Default, countVectors);

        Assert.NotEqual(7, TopicClusterer.Cluster(vectors, ClusteringOptions.Default).ClusterCount);
        Assert.Equal(7, clustering.ClusterCount);
        Assert.Equal(vectors.Length, clustering.Assignments.Length);
    }

    [Fact]
    public void ChoosesTheNumberOfTopicsFromTheData()
    {
        var vectors = SphericalBlobs(centres: 7, perCentre: 40, dimensions: 48, spread: 0.35f, seed: 3);

        var clustering = TopicClusterer.Cluster(vectors, ClusteringOptions.Default);

        Assert.Equal(7, clustering.ClusterCount);
        Assert.True(clustering.Candidates.Count > 5, "several topic counts were compared");
        Assert.Equal(clustering.Candidates.MaxBy(candidate => candidate.Silhouette)!.ClusterCount, clustering.ClusterCount);
    }

    [Fact]
    public void CandidateCountsKeepTopicsBrowsable()
    {
        Assert.Equal([], TopicClusterer.CandidateCounts(6, ClusteringOptions.Default));
        Assert.Equal([2, 3, 4], TopicClusterer.CandidateCounts(20, ClusteringOptions.Default));
        var large = TopicClusterer.CandidateCounts(6000, ClusteringOptions.Default);
        Assert.Equal(40, large[0]);
        Assert.Equal(60, large[^1]);
        Assert.True(large.Count <= 12);
    }

    [Fact]
    public void TooFewPapersMakeOneTopic()
    {
        var clustering = TopicClusterer.Cluster(SphericalBlobs(2, 3, 8, 0.1f, seed: 1), ClusteringOptions.Default);

        Assert.Equal(1, clustering.ClusterCount);
        Assert.All(clustering.Assignments, cluster => Assert.Equal(0, cluster));
    }

    [Fact]
    public void SameVectorsGiveTheSameTopics()
    {
        var vectors = SphericalBlobs(centres: 4, perCentre: 30, dimensions: 32, spread: 0.6f, seed: 5);

        Assert.Equal(TopicClusterer.Cluster(vectors, ClusteringOptions.Default).Assignments, TopicClusterer.Cluster(vectors, ClusteringOptions.Default).Assignments);
    }

    [Fact]
    public void Continuing_from_its_own_centroids_changes_nothing()
    {
        // Five topics is the only count these bounds allow for 280 papers, as 60 is for 100,000.
        var options = ClusteringOptions.Default with { MaxTopics = 5 };
        var vectors = SphericalBlobs(centres: 7, perCentre: 40, dimensions: 48, spread: 0.35f, seed: 3);
        var fresh = TopicClusterer.Cluster(vectors, options);

        var continued = TopicClusterer.Cluster(new DenseVectors(vectors), options, previous: fresh.Centroids);

        Assert.False(fresh.ContinuedFromPrevious);
        Assert.True(continued.ContinuedFromPrevious);
        Assert.Equal(fresh.Assignments, continued.Assignments);
        Assert.Equal(fresh.Centroids!.ToArray(), continued.Centroids!.ToArray());
    }

    [Fact]
    public void New_papers_join_the_continued_topics_and_a_count_no_longer_allowed_starts_afresh()
    {
        var options = ClusteringOptions.Default with { MaxTopics = 5 };
        var vectors = SphericalBlobs(centres: 5, perCentre: 40, dimensions: 48, spread: 0.3f, seed: 6);
        var lastNight = TopicClusterer.Cluster(vectors[..180], options);

        var tonight = TopicClusterer.Cluster(new DenseVectors(vectors), options, previous: lastNight.Centroids);
        var otherBounds = TopicClusterer.Cluster(new DenseVectors(vectors), options with { MaxTopics = 4 }, previous: lastNight.Centroids);

        Assert.True(tonight.ContinuedFromPrevious);
        Assert.Equal(5, tonight.ClusterCount);
        // The 180 papers of last night stay in the same groups; the new ones join the groups of their blob.
        Assert.Equal(lastNight.Assignments, tonight.Assignments[..180]);
        Assert.All(Enumerable.Range(180, 20), i => Assert.Equal(tonight.Assignments[i - 5], tonight.Assignments[i]));
        Assert.False(otherBounds.ContinuedFromPrevious);
        Assert.Equal(4, otherBounds.ClusterCount);
    }

    /// <summary>Unit vectors scattered around random centres: a known number of topics.</summary>
    internal static float[][] SphericalBlobs(int centres, int perCentre, int dimensions, float spread, int seed)
    {
        var random = new Random(seed);
        var centrePoints = ExactNeighboursTests.RandomUnitVectors(centres, dimensions, seed);
        return Enumerable.Range(0, centres * perCentre).Select(i =>
        {
            var vector = centrePoints[i % centres].Select(value => value + (spread * (float)((random.NextDouble() * 2) - 1) / MathF.Sqrt(dimensions) * 3)).ToArray();
            VectorMath.NormaliseInPlace(vector);
            return vector;
        }).ToArray();
    }
}
