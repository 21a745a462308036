using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>An index split into on-demand parts, and the number each document goes by in them (by document position).</summary>
public sealed record SplitIndex(ImmutableArray<IndexPart> Parts, ImmutableArray<int> DocumentNumbers);
