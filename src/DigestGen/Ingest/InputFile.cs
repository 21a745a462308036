namespace DigestGen.Ingest;

/// <summary>One file of the input folder as read from disk, or the reason it could not be read.</summary>
/// <param name="Path">Relative to the input folder, forward slashes (as shown in diagnostics).</param>
/// <param name="OverSizeLimit">The file was refused unread for its size (<see cref="InputReader.MaxDumpBytes"/>).</param>
public sealed record InputFile(string Path, byte[]? Bytes, string? ReadError, bool OverSizeLimit = false);
