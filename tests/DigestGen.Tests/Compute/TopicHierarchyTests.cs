using DigestGen.Compute.Clustering;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Kernels;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

public sealed class TopicHierarchyTests
{
    [Fact]
    public void Every_paper_is_in_one_topic_and_each_topic_lies_inside_one_area()
    {
        var texts = ComputeTestData.FirstPapers(200).Select(paper => $"{paper.Title}. {paper.Abstract}").ToArray();

        var hierarchy = TopicHierarchy.Fit(new DenseVectors(TfidfVectorizer.FitTransform(texts)), ClusteringOptions.Default);

        Assert.Equal(texts.Length, hierarchy.Topics.Length);
        Assert.All(hierarchy.Topics, topic => Assert.InRange(topic, 0, hierarchy.TopicCount - 1));
        Assert.Equal(Enumerable.Range(0, hierarchy.TopicCount), hierarchy.Topics.Distinct().Order());
        for (var paper = 0; paper < texts.Length; paper++)
        {
            Assert.Equal(hierarchy.Areas.Assignments[paper], hierarchy.AreaOfTopic[hierarchy.Topics[paper]]);
        }

        Assert.True(hierarchy.TopicCount > hierarchy.Areas.ClusterCount, $"{hierarchy.TopicCount} topics in {hierarchy.Areas.ClusterCount} areas");
    }

    [Fact]
    public void Topics_are_split_down_to_about_the_target_size()
    {
        var texts = ComputeTestData.FirstPapers(200).Select(paper => $"{paper.Title}. {paper.Abstract}").ToArray();
        var target = TopicHierarchy.TargetTopicSize(texts.Length);

        var hierarchy = TopicHierarchy.Fit(new DenseVectors(TfidfVectorizer.FitTransform(texts)), ClusteringOptions.Default);

        Assert.Equal(14, target);
        Assert.All(hierarchy.Topics.CountBy(topic => topic), topic => Assert.InRange(topic.Value, 1, 3 * target));
        Assert.InRange(hierarchy.TopicCount, texts.Length / (2 * target), 2 * texts.Length / target);
    }

    [Fact]
    public void Splitting_areas_with_the_onnx_k_means_graph_gives_the_same_topics()
    {
        var texts = ComputeTestData.FirstPapers(200).Select(paper => $"{paper.Title}. {paper.Abstract}").ToArray();
        var vectors = new DenseVectors(TfidfVectorizer.FitTransform(texts));
        using var kernels = OnnxKernels.Open(EmbeddingDevice.Cpu);

        var managed = TopicHierarchy.Fit(vectors, ClusteringOptions.Default);
        var onGraph = TopicHierarchy.Fit(vectors, ClusteringOptions.Default, kernels: kernels);

        Assert.Equal(managed.TopicCount, onGraph.TopicCount);
        Assert.Equal(managed.Topics, onGraph.Topics);
        Assert.Equal(managed.AreaOfTopic, onGraph.AreaOfTopic);
    }

    [Theory]
    [InlineData(296, new[] { 6, 7 })]
    [InlineData(10_000, new[] { 22 })]
    [InlineData(100_000, new[] { 25 })]
    public void A_large_site_gets_ten_to_twenty_five_areas_and_the_seed_site_fewer(int papers, int[] areaCounts) =>
        Assert.Equal(areaCounts, TopicClusterer.CandidateCounts(papers, TopicHierarchy.AreaOptions(papers, ClusteringOptions.Default)));

    [Fact]
    public void The_target_topic_size_grows_with_the_site_within_a_band_a_reader_can_scan()
    {
        Assert.Equal(17, TopicHierarchy.TargetTopicSize(296));
        Assert.Equal(100, TopicHierarchy.TargetTopicSize(10_000));
        Assert.Equal(150, TopicHierarchy.TargetTopicSize(100_000));
        Assert.Equal(8, TopicHierarchy.TargetTopicSize(20));
    }
}
