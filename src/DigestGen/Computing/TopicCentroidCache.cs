using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Compute.Clustering;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// The previous build's topic centroids, kept in the cache folder so the next build continues k-means from them
/// instead of starting over: far fewer rounds, and topics move only as far as the new papers pull them. The only
/// reader and writer of topic-centroids.json. A centroid is an embedding part and a TF-IDF part; the TF-IDF
/// features change as papers arrive, so they are stored by word and mapped onto tonight's features. A missing,
/// unreadable or foreign file (another model) means "start afresh", which is always safe.
/// </summary>
internal static class TopicCentroidCache
{
    public const string FileName = "topic-centroids.json";
    private const string Format = "digestgen-centroids/1";

    /// <param name="model">Which vectors the embedding part came from ("tf-idf" when there was no model).</param>
    public static Centroids? Load(string cacheDirectory, string model, int embeddingDimensions, IReadOnlyList<string> features)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        StoredCentroids? stored;
        try
        {
            stored = File.Exists(path) ? JsonSerializer.Deserialize<StoredCentroids>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (stored is not { Format: Format, Features: not null, Centroids.Count: > 0 } || stored.Model != model || stored.EmbeddingDimensions != embeddingDimensions
            || stored.Centroids.Any(row => row?.Length != embeddingDimensions + Math.Max(1, stored.Features.Count)))
        {
            return null;
        }

        var storedFeature = stored.Features.Select((word, index) => (word, index)).ToDictionary(entry => entry.word, entry => entry.index, StringComparer.Ordinal);
        var dimensions = embeddingDimensions + Math.Max(1, features.Count);
        var rows = new float[stored.Centroids.Count * dimensions];
        for (var c = 0; c < stored.Centroids.Count; c++)
        {
            var row = rows.AsSpan(c * dimensions, dimensions);
            var storedRow = stored.Centroids[c]!;
            storedRow.AsSpan(0, embeddingDimensions).CopyTo(row);
            for (var f = 0; f < features.Count; f++)
            {
                if (storedFeature.TryGetValue(features[f], out var index))
                {
                    row[embeddingDimensions + f] = storedRow[embeddingDimensions + index];
                }
            }
        }

        return new Centroids(rows, dimensions);
    }

    public static void Save(string cacheDirectory, string model, int embeddingDimensions, IReadOnlyList<string> features, Centroids? centroids)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        Directory.CreateDirectory(cacheDirectory);
        if (centroids is null)
        {
            File.Delete(path);
            return;
        }

        var stored = new StoredCentroids(Format, model, embeddingDimensions, features, [.. Enumerable.Range(0, centroids.Count).Select(c => centroids.Row(c).ToArray())]);
        CacheFile.WriteJson(path, stored);
    }

    private sealed record StoredCentroids(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("model")] string? Model,
        [property: JsonPropertyName("embeddingDimensions")] int EmbeddingDimensions,
        [property: JsonPropertyName("features")] IReadOnlyList<string>? Features,
        [property: JsonPropertyName("centroids")] IReadOnlyList<float[]?>? Centroids);
}
