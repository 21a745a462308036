using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Merge;

/// <summary>An id a build published: the paper's title key and content hash recognise it tonight; <see cref="Seen"/> is the last digest day that had it.</summary>
public sealed record PublishedId(string Id, string TitleKey, string Hash, DateOnly Seen);

/// <summary>
/// The paper ids earlier builds published, kept in the cache folder beside the topic history so a paper keeps its id
/// once published, whatever newcomers arrive. The only reader and writer of paper-ids.json; a missing, corrupt or
/// foreign file means "no history" (ids are assigned as on a first build) and is replaced, never trusted.
/// </summary>
public static partial class PaperIdHistory
{
    public const string FileName = "paper-ids.json";
    private const string Format = "digestgen-paper-ids/1";

    public static (ImmutableArray<PublishedId> Ids, string? Problem) Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        var (found, file, unreadable) = CacheFile.ReadJson(path, IdHistoryJson.Default.HistoryFile);
        if (!found)
        {
            return ([], null);
        }

        if (unreadable is not null)
        {
            return ([], $"{path} could not be read ({unreadable}); paper ids start afresh");
        }

        if (file?.Format != Format || file.Papers is null || file.Papers.Any(entry => entry is not { Id: not null, Key: not null, Hash: not null } || CacheFile.Day(entry.Seen) is null))
        {
            return ([], $"{path} is not a DigestGen paper id history; paper ids start afresh");
        }

        return ([.. file.Papers.Select(entry => new PublishedId(entry.Id!, entry.Key!, entry.Hash!, CacheFile.Day(entry.Seen)!.Value))], null);
    }

    /// <summary>Written only after the site that uses these ids was published.</summary>
    public static void Save(string cacheDirectory, IEnumerable<PublishedId> ids)
    {
        var entries = ids.OrderBy(entry => entry.Id, StringComparer.Ordinal)
            .Select(entry => new HistoryEntry(entry.Id, entry.TitleKey, entry.Hash, CacheFile.DayText(entry.Seen)));
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName), new HistoryFile(Format, [.. entries]), IdHistoryJson.Default.HistoryFile);
    }

    [JsonSerializable(typeof(HistoryFile))]
    private sealed partial class IdHistoryJson : JsonSerializerContext;

    private sealed record HistoryFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("papers")] List<HistoryEntry>? Papers);

    private sealed record HistoryEntry(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("key")] string? Key,
        [property: JsonPropertyName("hash")] string? Hash,
        [property: JsonPropertyName("seen")] string? Seen);
}
