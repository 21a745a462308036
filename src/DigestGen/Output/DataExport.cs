using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Model;

namespace DigestGen.Output;

/// <summary>The machine-readable side of the site: output/data/papers.json, authors.json, topics.json, problems.json.</summary>
public static class DataExport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Run(Digest digest, IReadOnlyList<Diagnostic> problems, IOutputSink sink)
    {
        sink.Add(new OutputFile("data/papers.json", JsonSerializer.SerializeToUtf8Bytes(digest.Papers, Json)));
        sink.Add(new OutputFile("data/authors.json", JsonSerializer.SerializeToUtf8Bytes(digest.Authors, Json)));
        sink.Add(new OutputFile("data/topics.json", JsonSerializer.SerializeToUtf8Bytes(digest.Topics, Json)));
        sink.Add(new OutputFile("data/problems.json", JsonSerializer.SerializeToUtf8Bytes(problems.ToImmutableArray(), Json)));
    }
}
