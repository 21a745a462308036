using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Compute.Clustering;

/// <summary>
/// How area centroids are stored between builds (the bytes of <see cref="PaperMap.Centroids"/>), so the next build
/// continues k-means from them instead of starting over: far fewer rounds, and topics move only as far as the new
/// papers pull them. A centroid row is an embedding part and a TF-IDF part; the TF-IDF features change as papers
/// arrive, so they are stored by word and mapped onto tonight's features. Bytes that are not this format, or that
/// came from other vectors (another model, other dimensions), read as null: "start afresh", which is always safe.
/// The caller keeps the bytes wherever it keeps caches; this type never touches a file.
/// </summary>
/// <param name="Model">Which vectors the embedding part comes from ("tf-idf" when there is no model).</param>
/// <param name="EmbeddingDimensions">Length of the embedding part of each row.</param>
/// <param name="Features">Tonight's TF-IDF words, in the order of the TF-IDF part.</param>
internal sealed partial record CentroidLayout(string Model, int EmbeddingDimensions, IReadOnlyList<string> Features)
{
    private const string Format = "digestgen-centroids/1";

    private int Dimensions => EmbeddingDimensions + Math.Max(1, Features.Count);

    public byte[] Write(Centroids centroids) =>
        JsonSerializer.SerializeToUtf8Bytes(new StoredCentroids(Format, Model, EmbeddingDimensions, Features, [.. Enumerable.Range(0, centroids.Count).Select(c => centroids.Row(c).ToArray())]), CentroidsJson.Default.StoredCentroids);

    /// <summary>Stored centroids laid out for tonight's features (words no longer among them are dropped, new ones start at 0), or null.</summary>
    public Centroids? Read(byte[] bytes)
    {
        StoredCentroids? stored;
        try
        {
            stored = JsonSerializer.Deserialize(bytes, CentroidsJson.Default.StoredCentroids);
        }
        catch (JsonException)
        {
            return null;
        }

        if (stored is not { Format: Format, Features: not null, Centroids.Count: > 0 } || stored.Model != Model || stored.EmbeddingDimensions != EmbeddingDimensions
            || stored.Centroids.Any(row => row?.Length != EmbeddingDimensions + Math.Max(1, stored.Features.Count)))
        {
            return null;
        }

        var storedFeature = stored.Features.Select((word, index) => (word, index)).ToDictionary(entry => entry.word, entry => entry.index, StringComparer.Ordinal);
        var rows = new float[stored.Centroids.Count * Dimensions];
        for (var c = 0; c < stored.Centroids.Count; c++)
        {
            var row = rows.AsSpan(c * Dimensions, Dimensions);
            var storedRow = stored.Centroids[c]!;
            storedRow.AsSpan(0, EmbeddingDimensions).CopyTo(row);
            for (var f = 0; f < Features.Count; f++)
            {
                if (storedFeature.TryGetValue(Features[f], out var index))
                {
                    row[EmbeddingDimensions + f] = storedRow[EmbeddingDimensions + index];
                }
            }
        }

        return new Centroids(rows, Dimensions);
    }

    [JsonSerializable(typeof(StoredCentroids))]
    private sealed partial class CentroidsJson : JsonSerializerContext;

    private sealed record StoredCentroids(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("model")] string? Model,
        [property: JsonPropertyName("embeddingDimensions")] int EmbeddingDimensions,
        [property: JsonPropertyName("features")] IReadOnlyList<string>? Features,
        [property: JsonPropertyName("centroids")] IReadOnlyList<float[]?>? Centroids);
}
