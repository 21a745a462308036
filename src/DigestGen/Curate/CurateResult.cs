using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

public sealed record CurateResult(Digest Digest, ImmutableArray<Diagnostic> Diagnostics);
