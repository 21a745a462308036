using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Render;

/// <summary>What rendering produced: page count, theme problems (as diagnostics) and notes for the person building.</summary>
public sealed record RenderResult(int Pages, int Files, ImmutableArray<Diagnostic> Problems, ImmutableArray<string> Notes)
{
    /// <summary>The cache files rendering read and wants rewritten (typeset math, rendered pages), once the site is published.</summary>
    public ImmutableArray<CacheUpdate> CacheUpdates { get; init; } = [];
    /// <summary>Pages of <see cref="Pages"/> kept as the last build wrote them, because their views did not change.</summary>
    public int Kept { get; init; }

    /// <summary>Pages of <see cref="Kept"/> known unchanged by their inputs (<see cref="PageInputs"/>), their views never built, by template.</summary>
    public ImmutableSortedDictionary<string, int> KeptUnbuilt { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>Feeds kept as the last build wrote them, known unchanged by their inputs (<see cref="PageInputs.OfFeed"/>).</summary>
    public int FeedsKept { get; init; }

    /// <summary>Open Graph pictures drawn by this build; the others came from the cache (<see cref="Pictures.OpenGraphPictures"/>).</summary>
    public int PicturesDrawn { get; init; }

    /// <summary>Every page and feed as rendered (or kept); <see cref="CacheUpdates"/> saves them (<see cref="RenderedPages"/>) once the site is published.</summary>
    public IReadOnlyDictionary<string, RenderedPage> Rendered { get; init; } = new Dictionary<string, RenderedPage>();
}
