namespace DigestGen.Compute;

/// <summary>A broad area of a <see cref="PaperMap"/>: its label and a unique slug of it.</summary>
public sealed record MapArea(string Id, string Label);
