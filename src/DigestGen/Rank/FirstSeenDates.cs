using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Rank;

/// <summary>
/// The day each paper id was first seen, kept in the cache folder across nightly builds so an undated paper is new
/// exactly once. The only reader and writer of first-seen.json; a missing, corrupt or foreign file means "nothing
/// seen yet" and is replaced, never trusted.
/// </summary>
public static class FirstSeenDates
{
    public const string FileName = "first-seen.json";
    private const string Format = "digestgen-first-seen/1";

    public static (ImmutableSortedDictionary<string, DateOnly> Dates, string? Problem) Load(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        if (!File.Exists(path))
        {
            return (ImmutableSortedDictionary<string, DateOnly>.Empty.WithComparers(StringComparer.Ordinal), null);
        }

        try
        {
            var file = JsonSerializer.Deserialize<SeenFile>(File.ReadAllBytes(path));
            if (file?.Format != Format || file.Papers is null)
            {
                return (ImmutableSortedDictionary<string, DateOnly>.Empty.WithComparers(StringComparer.Ordinal), $"{path} is not a DigestGen first-seen file; every paper counts as first seen today");
            }

            var dates = ImmutableSortedDictionary.CreateBuilder<string, DateOnly>(StringComparer.Ordinal);
            foreach (var (id, iso) in file.Papers)
            {
                if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    dates[id] = day;
                }
            }

            return (dates.ToImmutable(), null);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return (ImmutableSortedDictionary<string, DateOnly>.Empty.WithComparers(StringComparer.Ordinal), $"{path} could not be read ({error.Message}); every paper counts as first seen today");
        }
    }

    public static void Save(string cacheDirectory, ImmutableSortedDictionary<string, DateOnly> dates)
    {
        var papers = dates.ToDictionary(pair => pair.Key, pair => pair.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        CacheFile.WriteJson(Path.Combine(cacheDirectory, FileName), new SeenFile(Format, new SortedDictionary<string, string>(papers, StringComparer.Ordinal)));
    }

    private sealed record SeenFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("papers")] SortedDictionary<string, string>? Papers);
}
