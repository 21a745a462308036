namespace DigestGen.Ingest;

/// <summary>One non-blank line of a dump, whitespace tidied, with its 1-based line number in the file.</summary>
internal readonly record struct DumpLine(int Number, string Text);
