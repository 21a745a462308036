namespace DigestGen.Compute.NearDuplicates;

/// <summary>
/// Two texts are the same paper when their wording and their meaning agree: enough shared three-word phrases
/// (<see cref="TextOverlap"/>) and a high embedding cosine. Either alone misfires: follow-up papers by the same
/// authors share phrases, and papers on one narrow question embed close together.
/// Thresholds tuned on a labelled corpus set (bench/Quality, reported in bench/results/quality.md).
/// </summary>
internal sealed record NearDuplicateRule(double MinTextOverlap, double MinCosine)
{
    public static readonly NearDuplicateRule Default = new(MinTextOverlap: 0.3, MinCosine: 0.6);

    public bool Agree(double textOverlap, double cosine) => textOverlap >= MinTextOverlap && cosine >= MinCosine;
}
