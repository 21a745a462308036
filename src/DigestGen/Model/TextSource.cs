namespace DigestGen.Model;

/// <summary>A place in an input file: the file relative to the input folder, and a 1-based line.</summary>
public sealed record TextSource(string File, int Line);
