namespace DigestGen.Model;

/// <summary>Where a fact came from: the dump file (relative to the input folder), its shape, and the 1-based line.</summary>
public sealed record SourceRef(string File, DumpShape Shape, int Line);
