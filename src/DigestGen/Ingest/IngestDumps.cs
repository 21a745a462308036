using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>Ingest stage: turns one input file into the records it states. Never throws for bad input.</summary>
public static class IngestDumps
{
    // Placeholder until the shape parsers land (issue 2): every file is reported as not yet understood.
    public static ParsedDump Parse(InputFile file, DateOnly asOf) =>
        new(file.Path, null, null, [],
            [new Diagnostic(Severity.Error, DiagnosticCodes.UnknownShape, file.Path, 0, "no parser for this file yet")]);
}
