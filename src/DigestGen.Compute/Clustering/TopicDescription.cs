namespace DigestGen.Compute.Clustering;

/// <summary>What a topic is about: a short readable label and its most distinctive terms, best first.</summary>
internal sealed record TopicDescription(string Label, IReadOnlyList<string> Keywords);
