using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Render;

/// <summary>What rendering produced: page count, theme problems (as diagnostics) and notes for the person building.</summary>
public sealed record RenderResult(int Pages, int Files, ImmutableArray<Diagnostic> Problems, ImmutableArray<string> Notes);
