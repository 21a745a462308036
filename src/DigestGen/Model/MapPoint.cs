namespace DigestGen.Model;

/// <summary>A paper's place on the 2-D map of all papers, both coordinates in [0, 1].</summary>
public sealed record MapPoint(double X, double Y);
