using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>Collects one dump's diagnostics as a parser finds them, in line order of discovery.</summary>
internal sealed class DumpProblems(string file)
{
    private readonly ImmutableArray<Diagnostic>.Builder found = ImmutableArray.CreateBuilder<Diagnostic>();

    public void Warn(string code, int line, string message, string hint) =>
        found.Add(new Diagnostic(Severity.Warning, code, file, line, message, hint));

    public void MissingAbstract(int line, bool atEndOfFile)
    {
        if (atEndOfFile)
        {
            Warn(DiagnosticCodes.TruncatedRecord, line, "last record is cut short: it has no abstract",
                "the dump was probably cut off while copying; copy the listing again to its end");
        }
        else
        {
            Warn(DiagnosticCodes.RecordWithoutAbstract, line, "record has no abstract",
                "kept without one; add the abstract line after the record's title to fill it in");
        }
    }

    public void HeaderWithoutRecord(int line, bool atEndOfFile) =>
        Warn(atEndOfFile ? DiagnosticCodes.TruncatedRecord : DiagnosticCodes.UnrecognisedLine, line,
            atEndOfFile ? "last record is cut short: only its header line is there" : "record header with no title after it; skipped",
            atEndOfFile ? "the dump was probably cut off while copying; copy the listing again to its end" : "delete the stray header line, or add the record's title and abstract");

    public void UnrecognisedLine(DumpLine line, string expected) =>
        Warn(DiagnosticCodes.UnrecognisedLine, line.Number, $"line skipped, expected {expected}: \"{Excerpt(line.Text)}\"",
            "delete the line, or fix it to match the records around it");

    public ImmutableArray<Diagnostic> ToImmutable() => found.ToImmutable();

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
