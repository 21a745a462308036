using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// One paper's author names and the author ids they stand for, in the same order, and the author override line that
/// relinked them (same-as / not-same-as), if one did.
/// </summary>
internal sealed record PaperAuthors(string Id, ImmutableArray<string> Authors, ImmutableArray<string> AuthorIds)
{
    public SourceRef? RelinkedBy { get; init; }
}
