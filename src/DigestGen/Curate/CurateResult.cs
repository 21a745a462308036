using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// What curate adds: the editors' changes by paper id (papers no override touched are not in it), the author ids of
/// the papers whose ids the overrides changed (the others keep merge's), and the authors and topics as the overrides left them, hidden topics
/// included (<see cref="Digest.Join"/> is where hidden papers and topics leave).
/// </summary>
public sealed record CurateResult(
    ImmutableDictionary<string, PaperCuration> Papers,
    ImmutableDictionary<string, ImmutableArray<string>> AuthorIds,
    ImmutableArray<Author> Authors,
    ImmutableArray<Topic> Topics,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The digest of these changes over merge's papers and compute's placements.</summary>
    public Digest Join(DateOnly asOf, ImmutableArray<MergedPaper> papers, ImmutableArray<PaperPlacement> placements) =>
        Digest.Join(asOf, papers, placements, Papers, AuthorIds, Authors, Topics);
}
