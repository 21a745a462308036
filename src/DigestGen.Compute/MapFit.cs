using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigestGen.Compute;

/// <summary>
/// The expensive half of a map as the last build left it (the bytes of <see cref="PaperMap.Fit"/>): the topics from the
/// fit of <see cref="Fitted"/> with the papers placed into them since, their labels and areas, every paper's related
/// papers, and the pairs of papers the build reported as one (<see cref="Duplicates"/>, by key; null in a file from
/// before they were kept: then every pair is checked again). The next build continues it (<see cref="FitContinuation"/>)
/// unless its <see cref="RefitPolicy"/> says a refit is due. Bytes that are not this format, or that came from other vectors or another related count, read as null:
/// "fit afresh", which is always safe. The caller keeps the bytes wherever it keeps caches; this type never touches a file.
/// </summary>
internal sealed partial record MapFit(
    string Format,
    string Model,
    int RelatedCount,
    string Fitted,
    int FittedPapers,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<FitTopic> Topics,
    IReadOnlyDictionary<string, FitPaper> Papers,
    IReadOnlyList<IReadOnlyList<string>>? Duplicates)
{
    public const string CurrentFormat = "digestgen-fit/1";

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

        return fit is { Format: CurrentFormat, Papers: not null, Topics: not null, Areas: not null } && fit.Model == model && fit.RelatedCount == relatedCount
            && DateOnly.TryParseExact(fit.Fitted, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && fit.Topics.All(topic => topic is { Label: not null, Keywords: not null } && topic.Area >= 0 && topic.Area < fit.Areas.Count)
            && fit.Papers.Values.All(paper => paper is { Text: not null, Related: not null } && paper.Topic >= 0 && paper.Topic < fit.Topics.Count)
            && (fit.Duplicates ?? []).All(pair => pair is [not null, not null])
            ? fit
            : null;
    }

    /// <summary>Field names as the other cache files spell them; compiled ahead, not reflected on in every build.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(MapFit))]
    private sealed partial class FitJson : JsonSerializerContext;
}
