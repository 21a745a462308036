using DigestGen.Compute.Embeddings;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Compute.Embeddings;

/// <summary>The cache embeds only what it has not seen, survives interruption and refuses foreign files.</summary>
[Collection(DefaultModelCollection.Name)]
public sealed class EmbeddingCacheTests(DefaultModelFixture model)
{
    private readonly IReadOnlyList<string> titles = [.. CorpusSample.First(6).Select(record => record.Title)];

    [Fact]
    public void Second_run_embeds_nothing_and_returns_the_same_vectors()
    {
        using var folder = new TempFolder();
        var first = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out var firstNew);
        var second = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out var secondNew);

        Assert.Equal(titles.Count, firstNew);
        Assert.Equal(0, secondNew);
        Assert.Equal(first, second);
        Assert.Equal(model.Embedder.Embed(titles), first);
    }

    [Fact]
    public void A_run_whose_texts_are_all_cached_never_opens_the_model_session()
    {
        using var folder = new TempFolder();
        var first = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out _);
        var options = new EmbedderOptions(model.CacheDirectory, "auto", DefaultModelFixture.PackageDirectory);
        using var fresh = (OnnxTextEmbedder)EmbedderFactory.Create(options).Embedder;

        var second = new EmbeddingCache(folder.Path).GetOrEmbed(fresh, titles, out var newlyEmbedded);

        Assert.Equal(0, newlyEmbedded);
        Assert.Equal(first, second);
        Assert.False(fresh.IsOpen, "the ONNX session was opened although every text was cached");
        new EmbeddingCache(folder.Path).GetOrEmbed(fresh, [.. titles, "A text not seen before"], out var withNew);
        Assert.Equal(1, withNew);
        Assert.True(fresh.IsOpen);
    }

    [Fact]
    public void A_copy_without_some_texts_embeds_those_again_and_keeps_the_rest()
    {
        using var shared = new TempFolder();
        using var yesterday = new TempFolder();
        using var embedder = new HashedWordsEmbedder();
        new EmbeddingCache(shared.Path).GetOrEmbed(embedder, titles, out _);

        var leftOut = EmbeddingCache.CopyWithout(Path.Combine(shared.Path, "embeddings"), Path.Combine(yesterday.Path, "embeddings"), [titles[1], titles[4], "A text never embedded"]);
        var vectors = new EmbeddingCache(yesterday.Path).GetOrEmbed(embedder, titles, out var newlyEmbedded);

        Assert.Equal(2, leftOut);
        Assert.Equal(2, newlyEmbedded);
        Assert.Equal(new EmbeddingCache(shared.Path).GetOrEmbed(embedder, titles, out _), vectors);
        new EmbeddingCache(shared.Path).GetOrEmbed(embedder, titles, out var fromShared);
        Assert.Equal(0, fromShared);
    }

    [Fact]
    public void Changed_text_is_embedded_again()
    {
        using var folder = new TempFolder();
        new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out _);
        var changed = titles.Select((title, index) => index == 2 ? title + " (revised)" : title).ToList();

        var vectors = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, changed, out var newlyEmbedded);

        Assert.Equal(1, newlyEmbedded);
        VectorAssert.Close(model.Embedder.Embed([changed[2]]), [vectors[2]], 1e-6f);
    }

    [Fact]
    public void Duplicate_texts_are_embedded_once()
    {
        using var folder = new TempFolder();

        var vectors = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, [titles[0], titles[1], titles[0]], out var newlyEmbedded);

        Assert.Equal(2, newlyEmbedded);
        Assert.Equal(vectors[0], vectors[2]);
    }

    [Fact]
    public void Interrupted_write_keeps_whole_records_and_embeds_the_rest()
    {
        using var folder = new TempFolder();
        new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out _);
        var file = Assert.Single(Directory.GetFiles(folder.Combine("embeddings")));
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(stream.Length - 100); // the last record torn in half
        }

        var cache = new EmbeddingCache(folder.Path);
        var vectors = cache.GetOrEmbed(model.Embedder, titles, out var newlyEmbedded);

        Assert.Equal(1, newlyEmbedded);
        Assert.Contains("cut short after 5 vectors", Assert.Single(cache.Notes), StringComparison.Ordinal);
        VectorAssert.Close(model.Embedder.Embed(titles), vectors, 1e-6f);
        new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out var afterRepair);
        Assert.Equal(0, afterRepair);
    }

    [Fact]
    public void Corrupted_record_is_detected_by_its_checksum()
    {
        using var folder = new TempFolder();
        new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out _);
        var file = Assert.Single(Directory.GetFiles(folder.Combine("embeddings")));
        var bytes = File.ReadAllBytes(file);
        bytes[^700] ^= 0x40; // a flipped bit inside the last vector
        File.WriteAllBytes(file, bytes);

        var vectors = new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out var newlyEmbedded);

        Assert.Equal(1, newlyEmbedded);
        VectorAssert.Close(model.Embedder.Embed(titles), vectors, 1e-6f);
    }

    [Fact]
    public void Foreign_file_is_discarded()
    {
        using var folder = new TempFolder();
        new EmbeddingCache(folder.Path).GetOrEmbed(model.Embedder, titles, out _);
        var file = Assert.Single(Directory.GetFiles(folder.Combine("embeddings")));
        File.WriteAllText(file, "not a vector file");

        var cache = new EmbeddingCache(folder.Path);
        cache.GetOrEmbed(model.Embedder, titles, out var newlyEmbedded);

        Assert.Equal(titles.Count, newlyEmbedded);
        Assert.Contains("not a vector file for", Assert.Single(cache.Notes), StringComparison.Ordinal);
    }
}
