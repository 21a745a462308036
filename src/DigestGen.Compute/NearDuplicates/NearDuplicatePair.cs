namespace DigestGen.Compute.NearDuplicates;

/// <summary>Two items (First &lt; Second) that look like one paper, with the evidence.</summary>
public sealed record NearDuplicatePair(int First, int Second, double TextOverlap, double Cosine);
