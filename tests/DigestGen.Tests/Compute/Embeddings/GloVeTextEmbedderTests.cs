using DigestGen.Compute.Embeddings;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The GloVe baseline reads wink-embeddings' JSON layout (a small file here; the real one is bench-only).</summary>
public sealed class GloVeTextEmbedderTests
{
    private const string WinkLayout = """
        {"precision":8,"l2NormIndex":3,"wordIndex":4,"size":3,"dimensions":3,"words":["graph","neural","state-of-the-art"],
         "vectors":{"graph":[1,0,0,1,0],"neural":[0,2,0,2,1],"state-of-the-art":[0,0,3,3,2]},"unkVector":[0,0,0]}
        """;

    [Fact]
    public void Averages_known_lower_cased_words_and_normalises()
    {
        using var folder = new TempFolder();
        using var glove = GloVeTextEmbedder.Load(folder.Write("vectors.json", WinkLayout));

        var vectors = glove.Embed(["Neural GRAPH models", "State-of-the-art", "nothing known"]);

        // graph [1,0,0] + neural [0,2,0]; "models" is unknown.
        var root5 = MathF.Sqrt(5);
        Assert.Equal([1 / root5, 2 / root5, 0], vectors[0], (a, b) => Math.Abs(a - b) < 1e-6f);
        Assert.Equal([0, 0, 1], vectors[1]);
        Assert.Equal([0, 0, 0], vectors[2]);
        Assert.Equal(3, glove.Dimensions);
        Assert.Equal("glove:vectors", glove.ModelId);
    }

    [Fact]
    public void Foreign_json_is_refused_with_its_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("other.json", """{"name":"something else"}""");

        var error = Assert.Throws<EmbedderUnavailableException>(() => GloVeTextEmbedder.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }
}
