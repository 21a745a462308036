namespace DigestGen.Merge;

/// <summary>A paper close to a queried abstract: its text similarity and the paper's abstract that had it.</summary>
internal sealed record AbstractMatch(int Paper, double Similarity, AbstractFingerprint Closest);
