using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Computing;

public sealed record ComputeResult(Digest Digest, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Notes);
