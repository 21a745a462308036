using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

public sealed record MergeResult(
    ImmutableArray<Paper> Papers,
    ImmutableArray<Author> Authors,
    ImmutableArray<Diagnostic> Diagnostics);
