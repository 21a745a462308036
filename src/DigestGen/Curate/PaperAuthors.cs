using System.Collections.Immutable;

namespace DigestGen.Curate;

/// <summary>One paper's author names and the author ids they stand for, in the same order.</summary>
internal sealed record PaperAuthors(string Id, ImmutableArray<string> Authors, ImmutableArray<string> AuthorIds);
