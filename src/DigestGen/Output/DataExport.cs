using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DigestGen.Model;

namespace DigestGen.Output;

/// <summary>
/// The machine-readable side of the site: output/data/papers.json, authors.json, topics.json, problems.json. Written
/// without indentation: at 100,000 papers indenting papers.json alone would add 60 MB to a site GitHub Pages caps at 1 GB.
/// </summary>
public static partial class DataExport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = ExportJson.Default,
    };

    /// <summary>
    /// papers.json and authors.json on a large site (<see cref="ScaleLimits"/>): without the fields each paper's page
    /// carries and the author fields papers.json repeats, which were 230 of their 330 MB at 100,000 papers, and
    /// without null, false, zero and empty values (a missing field means that value: 17 MB of the rest).
    /// </summary>
    private static readonly JsonSerializerOptions LargeSiteJson = new(Json)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = ExportJson.Default.WithAddedModifier(LeaveOutLargeSiteFields).WithAddedModifier(LeaveOutEmptyLists),
    };

    public static void Run(Digest digest, IReadOnlyList<Diagnostic> problems, IOutputSink sink, ScaleLimits? limits = null)
    {
        // Streamed: at 100,000 papers papers.json is 300 MB, and a byte array of it (plus the buffer it grew in) would
        // set the build's peak memory.
        var dataJson = (limits ?? new ScaleLimits()).IsLarge(digest.Papers.Length) ? LargeSiteJson : Json;
        sink.AddStreamed("data/papers.json", stream => JsonSerializer.Serialize(stream, digest.Papers, dataJson));
        sink.AddStreamed("data/authors.json", stream => JsonSerializer.Serialize(stream, digest.Authors, dataJson));
        sink.Add(new OutputFile("data/topics.json", JsonSerializer.SerializeToUtf8Bytes(digest.Topics, Json)));
        sink.Add(new OutputFile("data/problems.json", JsonSerializer.SerializeToUtf8Bytes(problems.ToImmutableArray(), Json)));
    }

    private static void LeaveOutEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(property => property.PropertyType == typeof(ImmutableArray<string>)))
        {
            property.ShouldSerialize = (_, value) => value is ImmutableArray<string> { IsDefaultOrEmpty: false };
        }
    }

    private static void LeaveOutLargeSiteFields(JsonTypeInfo type)
    {
        var omitted = type.Type == typeof(Paper) ? ScaleLimits.LargeSiteDataOmits
            : type.Type == typeof(Author) ? ScaleLimits.LargeSiteAuthorDataOmits
            : [];
        foreach (var property in type.Properties.Where(property => omitted.Contains(property.Name)).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>The exported records' shapes, compiled ahead with the CLI instead of reflected on in every build.</summary>
    [JsonSerializable(typeof(ImmutableArray<Paper>))]
    [JsonSerializable(typeof(ImmutableArray<Author>))]
    [JsonSerializable(typeof(ImmutableArray<Topic>))]
    [JsonSerializable(typeof(ImmutableArray<Diagnostic>))]
    private sealed partial class ExportJson : JsonSerializerContext;
}
