namespace DigestGen.Compute;

/// <summary>One topic of a fit: its label and keywords (kept until the next fit, so a topic's name does not wander nightly) and its area.</summary>
internal sealed record FitTopic(string Label, IReadOnlyList<string> Keywords, int Area);
