using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Rank;

/// <summary>
/// Rank stage, after curate (it needs the editors' pins and code links): gives every paper its first-seen date,
/// its links out and its trending score. Pure: the first-seen history comes in and the updated history goes out,
/// for the pipeline to save.
/// </summary>
public static class RankPapers
{
    public static RankResult Run(Digest digest, ImmutableSortedDictionary<string, DateOnly> firstSeen)
    {
        // Only the papers first seen tonight change the history: the rest are looked up, not written back.
        var seen = firstSeen.ToBuilder();
        var ranks = new Dictionary<string, PaperRank>(digest.Papers.Length, StringComparer.Ordinal);
        foreach (var paper in digest.Papers)
        {
            // A paper first seen "after" the as-of date (a rebuild of an older day) counts as seen that day.
            var first = firstSeen.TryGetValue(paper.Id, out var known) && known <= digest.AsOf ? known : digest.AsOf;
            if (first != known)
            {
                seen[paper.Id] = first;
            }

            var links = LinksOut.Find(paper);
            ranks[paper.Id] = new PaperRank(first, links, TrendingFormula.Score(paper, links, digest.AsOf));
        }

        return new RankResult(ranks.AsReadOnly(), seen.ToImmutable());
    }
}

/// <summary>Every paper's rank, by paper id, and the first-seen dates to keep for the next build (every paper ever seen).</summary>
public sealed record RankResult(IReadOnlyDictionary<string, PaperRank> Ranks, ImmutableSortedDictionary<string, DateOnly> FirstSeen);
