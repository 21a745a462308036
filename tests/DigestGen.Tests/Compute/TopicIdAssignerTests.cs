using DigestGen.Compute.Clustering;

namespace DigestGen.Tests.Compute;

public sealed class TopicIdAssignerTests
{
    [Fact]
    public void NewTopicsGetSlugsOfTheirLabels()
    {
        var ids = TopicIdAssigner.Assign([["a"], ["b"], ["c"]], ["Reinforcement Learning, Reward", "Café Networks", "Reinforcement Learning, Reward"], []);

        Assert.Equal(["reinforcement-learning-reward", "café-networks", "reinforcement-learning-reward-2"], ids);
    }

    // Found by the dump fuzz suite (seeds 451–475): a topic labelled by a scraped 100,000-letter word got an id too
    // long for a folder name, and writing its page threw PathTooLongException out of the build.
    [Fact]
    public void ALabelOfOneEndlessWordGivesAnIdShortEnoughForAFolderName()
    {
        var ids = TopicIdAssigner.Assign([["a"], ["b"]], [new string('x', 100_000) + ", Model", new string('x', 100_000)], []);

        Assert.Equal([new string('x', TopicIdAssigner.MaxSlugLength), new string('x', TopicIdAssigner.MaxSlugLength) + "-2"], ids);
    }

    [Fact]
    public void ATopicKeepsItsIdWhenMostOfItsPapersStayEvenIfItsLabelChanges()
    {
        PreviousTopic[] previous = [new("robots", ["p1", "p2", "p3", "p4"]), new("speech", ["s1", "s2", "s3"])];

        // A rebuild adds papers: the robot cluster grows and is relabelled, speech keeps two of its three papers.
        var ids = TopicIdAssigner.Assign(
            [["s1", "s2", "n1"], ["p1", "p2", "p3", "p4", "n2", "n3", "n4", "n5", "n6"], ["s3", "n7"]],
            ["Speech, Audio", "Quadrotor Control, Drones", "Speech Synthesis"],
            previous);

        Assert.Equal(["speech", "robots", "speech-synthesis"], ids);
    }

    [Fact]
    public void ASplitTopicLeavesItsIdToNoHalfWithoutAMajority()
    {
        PreviousTopic[] previous = [new("vision", ["v1", "v2", "v3", "v4"])];

        var ids = TopicIdAssigner.Assign([["v1", "v2"], ["v3", "v4"]], ["Detection", "Segmentation"], previous);

        Assert.Equal(["detection", "segmentation"], ids);
    }

    [Fact]
    public void RetiredIdsAreNotReusedForDifferentTopics()
    {
        PreviousTopic[] previous = [new("graphs", ["gone1", "gone2"])];

        var ids = TopicIdAssigner.Assign([["x"]], ["Graphs"], previous);

        Assert.Equal(["graphs-2"], ids);
    }
}
