using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Render;

/// <summary>What rendering produced: page count, theme problems (as diagnostics) and notes for the person building.</summary>
public sealed record RenderResult(int Pages, int Files, ImmutableArray<Diagnostic> Problems, ImmutableArray<string> Notes)
{
    /// <summary>The cache files rendering read and wants rewritten (typeset math), once the site is published.</summary>
    public ImmutableArray<CacheUpdate> CacheUpdates { get; init; } = [];
}
