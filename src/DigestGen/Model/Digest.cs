using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>The whole merged, computed and curated content of one build: what render and search consume.</summary>
public sealed record Digest(
    DateOnly AsOf,
    ImmutableArray<Paper> Papers,
    ImmutableArray<Author> Authors,
    ImmutableArray<Topic> Topics);
