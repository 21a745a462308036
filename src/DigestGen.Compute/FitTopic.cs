using System.Text.Json.Serialization;

namespace DigestGen.Compute;

/// <summary>One topic of a fit: its label and keywords (kept until the next fit, so a topic's name does not wander nightly) and its area.</summary>
internal sealed record FitTopic(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string> Keywords,
    [property: JsonPropertyName("area")] int Area);
