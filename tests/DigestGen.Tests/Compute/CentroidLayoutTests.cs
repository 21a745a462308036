using System.Text;
using DigestGen.Compute.Clustering;

namespace DigestGen.Tests.Compute;

/// <summary>The stored form of the areas' centroids: bytes in and out, read back onto tonight's TF-IDF words.</summary>
public sealed class CentroidLayoutTests
{
    private static readonly CentroidLayout LastNight = new("model-a", EmbeddingDimensions: 2, Features: ["attack", "speech"]);

    // One centroid on the first embedding dimension, one on the word "speech".
    private static readonly Centroids TwoAreas = new([1, 0, 0, 0, 0, 0, 0, 1], dimensions: 4);

    [Fact]
    public void The_stored_format_is_the_json_earlier_builds_wrote()
    {
        var text = Encoding.UTF8.GetString(LastNight.Write(TwoAreas));

        Assert.Equal("""{"format":"digestgen-centroids/1","model":"model-a","embeddingDimensions":2,"features":["attack","speech"],"centroids":[[1,0,0,0],[0,0,0,1]]}""", text);
    }

    [Fact]
    public void Stored_centroids_are_read_onto_tonights_words_by_word_not_by_position()
    {
        var tonight = LastNight with { Features = ["quadrotor", "speech", "zebra"] };

        var read = tonight.Read(LastNight.Write(TwoAreas))!;

        Assert.Equal((2, 5), (read.Count, read.Dimensions));
        Assert.Equal([1f, 0, 0, 0, 0], read.Row(0).ToArray());
        Assert.Equal([0f, 0, 0, 1, 0], read.Row(1).ToArray());
    }

    [Theory]
    [InlineData("model-b", 2)]
    [InlineData("model-a", 3)]
    public void Centroids_of_other_vectors_start_afresh(string model, int embeddingDimensions) =>
        Assert.Null(new CentroidLayout(model, embeddingDimensions, LastNight.Features).Read(LastNight.Write(TwoAreas)));

    [Theory]
    [InlineData("")]
    [InlineData("{\"format\":\"digestgen-centroids/1\",\"model\":\"model-a\",\"embeddingDimensions\":2,\"feat")]
    [InlineData("{\"format\":\"digestgen-topics/2\",\"topics\":[]}")]
    [InlineData("{\"format\":\"digestgen-centroids/1\",\"model\":\"model-a\",\"embeddingDimensions\":2,\"features\":[\"attack\",\"speech\"],\"centroids\":[[1,0,0]]}")]
    [InlineData("{\"format\":\"digestgen-centroids/1\",\"model\":\"model-a\",\"embeddingDimensions\":2,\"features\":[\"attack\",\"speech\"],\"centroids\":[]}")]
    public void Bytes_that_are_not_whole_stored_centroids_start_afresh(string stored) =>
        Assert.Null(LastNight.Read(Encoding.UTF8.GetBytes(stored)));
}
