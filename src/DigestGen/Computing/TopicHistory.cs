using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestGen.Compute.Clustering;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>A paper's last known topic: the topic id and the last digest day the paper was in it.</summary>
internal sealed record RememberedTopic(string Id, DateOnly Seen, ImmutableArray<string> PaperIds);

/// <summary>Tonight's topics and the history they were matched against: what topics.json says once they are published.</summary>
internal sealed record TopicMemory(DateOnly AsOf, ImmutableArray<PreviousTopic> Tonight, ImmutableArray<RememberedTopic> Remembered);

/// <summary>
/// The topic each paper was last published in, kept in the cache folder so the next build can keep topic ids stable.
/// A build rewrites the entries of the papers it has and keeps those of papers it lacks for
/// <see cref="RetentionDays"/> days, so one night with a truncated feed does not rename the topics of the papers it
/// missed: the next full night finds their topics in the history still. The only reader and writer of topics.json;
/// a missing, corrupt or foreign file means "no history" and is replaced, never trusted.
/// </summary>
internal static partial class TopicHistory
{
    public const string FileName = "topics.json";
    private const string Format = "digestgen-topics/2";

    /// <summary>Files from before papers were remembered across nights: every entry counts as seen by this build.</summary>
    private const string FormatWithoutDays = "digestgen-topics/1";

    /// <summary>How long a paper missing from the input keeps its topic in the history.</summary>
    public const int RetentionDays = 30;

    public static (ImmutableArray<RememberedTopic> Topics, string? Problem) Load(string cacheDirectory, DateOnly asOf)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        var (found, file, unreadable) = CacheFile.ReadJson(path, TopicHistoryJson.Default.HistoryFile);
        if (!found)
        {
            return ([], null);
        }

        if (unreadable is not null)
        {
            return ([], $"{path} could not be read ({unreadable}); topic ids start afresh");
        }

        var dated = file?.Format == Format;
        if (!(dated || file?.Format == FormatWithoutDays) || file!.Topics is null
            || file.Topics.Any(topic => topic.Id is null || topic.PaperIds is null || (dated && CacheFile.Day(topic.Seen) is null)))
        {
            return ([], $"{path} is not a DigestGen topic history; topic ids start afresh");
        }

        return ([.. file.Topics.Select(topic => new RememberedTopic(topic.Id!, dated ? CacheFile.Day(topic.Seen)!.Value : asOf, [.. topic.PaperIds!]))], null);
    }

    /// <summary>One previous topic per id, with every paper last seen in it: what the id assigner matches tonight's clusters against.</summary>
    public static ImmutableArray<PreviousTopic> Previous(IEnumerable<RememberedTopic> remembered) =>
    [
        .. remembered.GroupBy(topic => topic.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new PreviousTopic(group.Key, [.. group.SelectMany(topic => topic.PaperIds)])),
    ];

    /// <summary>
    /// Tonight's topics, plus the remembered topics of papers tonight lacks that were seen within the retention. Written
    /// only after the site with these topics was published: a failed build leaves the history as it was.
    /// </summary>
    public static void Save(string cacheDirectory, TopicMemory memory)
    {
        var current = memory.Tonight.Select(topic => new RememberedTopic(topic.Id, memory.AsOf, [.. topic.PaperIds])).ToList();
        var present = current.SelectMany(topic => topic.PaperIds).ToHashSet(StringComparer.Ordinal);
        var missing = memory.Remembered
            .Where(topic => topic.Seen.AddDays(RetentionDays) >= memory.AsOf)
            .Select(topic => topic with { PaperIds = [.. topic.PaperIds.Where(paper => !present.Contains(paper))] })
            .Where(topic => !topic.PaperIds.IsEmpty);
        var entries = current.Concat(missing)
            .OrderBy(topic => topic.Id, StringComparer.Ordinal)
            .ThenByDescending(topic => topic.Seen)
            .Select(topic => new HistoryTopic(topic.Id, CacheFile.DayText(topic.Seen), [.. topic.PaperIds]));
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName), new HistoryFile(Format, [.. entries]), TopicHistoryJson.Default.HistoryFile);
    }

    [JsonSerializable(typeof(HistoryFile))]
    private sealed partial class TopicHistoryJson : JsonSerializerContext;

    private sealed record HistoryFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("topics")] List<HistoryTopic>? Topics);

    private sealed record HistoryTopic(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("seen")] string? Seen,
        [property: JsonPropertyName("paperIds")] List<string>? PaperIds);
}
