using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Compute.Clustering;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>
/// The topics the previous build published (id and papers), kept in the cache folder so the next build can keep
/// topic ids stable. The only reader and writer of topics.json; a missing, corrupt or foreign file means
/// "no history" and is replaced, never trusted.
/// </summary>
internal static class TopicHistory
{
    public const string FileName = "topics.json";
    private const string Format = "digestgen-topics/1";

    public static (ImmutableArray<PreviousTopic> Topics, string? Problem) Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path))
        {
            return ([], null);
        }

        try
        {
            var file = JsonSerializer.Deserialize<HistoryFile>(File.ReadAllBytes(path));
            if (file?.Format != Format || file.Topics is null || file.Topics.Any(topic => topic.Id is null || topic.PaperIds is null))
            {
                return ([], $"{path} is not a DigestGen topic history; topic ids start afresh");
            }

            return ([.. file.Topics.Select(topic => new PreviousTopic(topic.Id!, topic.PaperIds!))], null);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return ([], $"{path} could not be read ({error.Message}); topic ids start afresh");
        }
    }

    public static void Save(string cacheDirectory, IEnumerable<PreviousTopic> topics)
    {
        var file = new HistoryFile(Format, [.. topics.Select(topic => new HistoryTopic(topic.Id, [.. topic.PaperIds]))]);
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName), file);
    }

    private sealed record HistoryFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("topics")] List<HistoryTopic>? Topics);

    private sealed record HistoryTopic(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("paperIds")] List<string>? PaperIds);
}
