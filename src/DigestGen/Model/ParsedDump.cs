using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>What ingest made of one input file. A file that could not be parsed has no shape and only diagnostics.</summary>
public sealed record ParsedDump(
    string File,
    DumpShape? Shape,
    ProfileStats? Profile,
    ImmutableArray<RawRecord> Records,
    ImmutableArray<Diagnostic> Diagnostics);
