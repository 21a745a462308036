using System.Text.Json.Serialization;

namespace DigestGen.Compute;

/// <summary>One paper of a fit: the hash of its text, its topic, whether the fit placed it (or a build since), and its related papers' keys.</summary>
internal sealed record FitPaper(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("topic")] int Topic,
    [property: JsonPropertyName("fitted")] bool Fitted,
    [property: JsonPropertyName("related")] IReadOnlyList<string> Related);
