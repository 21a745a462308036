using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Rank;

/// <summary>
/// The day each paper id was first seen, kept in the cache folder across nightly builds so an undated paper is new
/// exactly once. The only reader and writer of first-seen.json; a missing, corrupt or foreign file means "nothing
/// seen yet" and is replaced, never trusted.
/// </summary>
public static partial class FirstSeenDates
{
    public const string FileName = "first-seen.json";
    private const string Format = "digestgen-first-seen/1";

    public static (ImmutableSortedDictionary<string, DateOnly> Dates, string? Problem) Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        var none = ImmutableSortedDictionary<string, DateOnly>.Empty.WithComparers(StringComparer.Ordinal);
        var (found, file, unreadable) = CacheFile.ReadJson(path, SeenJson.Default.SeenFile);
        if (!found)
        {
            return (none, null);
        }

        if (unreadable is not null)
        {
            return (none, $"{path} could not be read ({unreadable}); every paper counts as first seen today");
        }

        if (file?.Format != Format || file.Papers is null)
        {
            return (none, $"{path} is not a DigestGen first-seen file; every paper counts as first seen today");
        }

        // Sorted once, all together: inserting 100,000 ids one by one into the immutable tree cost more than reading them.
        var dates = new SortedDictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (id, text) in file.Papers)
        {
            if (CacheFile.Day(text) is { } day)
            {
                dates[id] = day;
            }
        }

        return (ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, dates), null);
    }

    public static void Save(string cacheDirectory, ImmutableSortedDictionary<string, DateOnly> dates)
    {
        var papers = dates.ToDictionary(pair => pair.Key, pair => CacheFile.DayText(pair.Value), StringComparer.Ordinal);
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName), new SeenFile(Format, new SortedDictionary<string, string>(papers, StringComparer.Ordinal)), SeenJson.Default.SeenFile);
    }

    [JsonSerializable(typeof(SeenFile))]
    private sealed partial class SeenJson : JsonSerializerContext;

    private sealed record SeenFile(
        [property: JsonPropertyName("format")] string? Format,
        // Read into a hash table, written sorted (ordinal): read into a SortedDictionary, every id was compared with the
        // culture's collation, most of rank's cost at 100,000 papers.
        [property: JsonPropertyName("papers")] IReadOnlyDictionary<string, string>? Papers);
}
