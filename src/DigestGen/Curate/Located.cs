namespace DigestGen.Curate;

/// <summary>A value from an override file together with the file line it was written on.</summary>
internal sealed record Located(string Value, int Line);
