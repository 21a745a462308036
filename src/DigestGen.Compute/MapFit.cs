using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Compute;

/// <summary>
/// The expensive half of a map as the last build left it (the bytes of <see cref="PaperMap.Fit"/>): the topics from the
/// fit of <see cref="Fitted"/> with the papers placed into them since, their labels and areas, and for every paper
/// (a row: <see cref="Keys"/>, <see cref="Texts"/>, <see cref="TopicOf"/> and <see cref="Related"/> line up) its topic
/// and related papers, and the pairs of papers the build reported as one (<see cref="Duplicates"/>). Papers refer to
/// each other by row, not by key: at 100,000 papers a million related keys were most of the file and of its reading.
/// The next build continues it (<see cref="FitContinuation"/>) unless its <see cref="RefitPolicy"/> says a refit is due.
/// Bytes that are not this format (an older one included), or that came from other vectors or another related count,
/// read as null: "fit afresh", which is always safe. The caller keeps the bytes wherever it keeps caches; this type
/// never touches a file.
/// </summary>
/// <param name="Keys">Each row's paper key.</param>
/// <param name="Texts">Each row's <see cref="TextHash"/>: a changed title or abstract places the paper again.</param>
/// <param name="TopicOf">Each row's topic (into <see cref="Topics"/>).</param>
/// <param name="Placed">The rows placed into their topic by a build since the fit, not by the fit itself.</param>
/// <param name="Related">Each row's related papers, as rows.</param>
/// <param name="Duplicates">The pairs of rows reported as possible duplicates.</param>
internal sealed partial record MapFit(
    string Format,
    string Model,
    int RelatedCount,
    string Fitted,
    int FittedPapers,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<FitTopic> Topics,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Texts,
    IReadOnlyList<int> TopicOf,
    IReadOnlyList<int> Placed,
    IReadOnlyList<int[]> Related,
    IReadOnlyList<int[]> Duplicates)
{
    public const string CurrentFormat = "digestgen-fit/2";

    private const string DayFormat = "yyyy-MM-dd";

    public DateOnly FittedDay => DateOnly.ParseExact(Fitted, DayFormat, CultureInfo.InvariantCulture);

    public static string DayText(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>What a paper's text is compared by from one build to the next: a changed title or abstract places the paper again.</summary>
    public static string TextHash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    public byte[] Write() => JsonSerializer.SerializeToUtf8Bytes(this, FitJson.Default.MapFit);

    public static MapFit? Read(byte[]? bytes, string model, int relatedCount)
    {
        if (bytes is null)
        {
            return null;
        }

        MapFit? fit;
        try
        {
            fit = JsonSerializer.Deserialize(bytes, FitJson.Default.MapFit);
        }
        catch (JsonException)
        {
            return null;
        }

        return fit is { Format: CurrentFormat, Areas: not null, Topics: not null, Keys: not null, Texts: not null, TopicOf: not null, Placed: not null, Related: not null, Duplicates: not null }
            && fit.Model == model && fit.RelatedCount == relatedCount
            && DateOnly.TryParseExact(fit.Fitted, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && fit.Topics.All(topic => topic is { Label: not null, Keywords: not null } && topic.Area >= 0 && topic.Area < fit.Areas.Count)
            && fit.HasConsistentRows()
            ? fit
            : null;
    }

    /// <summary>Every column one entry a row, every key once, every topic and row number in range: anything else is not our file.</summary>
    private bool HasConsistentRows()
    {
        var rows = Keys.Count;
        bool IsRow(int row) => row >= 0 && row < rows;
        return Texts.Count == rows && TopicOf.Count == rows && Related.Count == rows
            && Keys.All(key => key is not null) && Texts.All(text => text is not null)
            && Keys.ToHashSet(StringComparer.Ordinal).Count == rows
            && TopicOf.All(topic => topic >= 0 && topic < Topics.Count)
            && Placed.All(IsRow)
            && Related.All(related => related is not null && related.All(IsRow))
            && Duplicates.All(pair => pair is [var first, var second] && IsRow(first) && IsRow(second));
    }

    /// <summary>Field names as the other cache files spell them; compiled ahead, not reflected on in every build.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(MapFit))]
    private sealed partial class FitJson : JsonSerializerContext;
}
