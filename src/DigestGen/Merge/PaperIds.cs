using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Paper ids: the title's slug; papers sharing it add their year, and if that still does not tell them apart,
/// a short hash of their abstract (see <see cref="UniqueIds"/>). A paper whose slug no other paper shares keeps
/// the bare slug, so adding or removing unrelated papers never moves an id.
/// <para>
/// With the ids earlier builds published (<see cref="PaperIdHistory"/>), a paper they recognise keeps its id: by
/// title key, by content hash where several share the key, or by content hash alone when its title changed. Newcomers
/// climb past every id published in the last <see cref="RetentionDays"/> days, so a newcomer whose title slugs like a
/// published paper's gets the suffix, and a paper missing for a bad night gets its id back. No history: as above.
/// One case is beyond telling apart: a newcomer with the very same title (title key) on a night its namesake is
/// missing takes the namesake's id, as a paper whose abstract changed must keep its own.
/// </para>
/// </summary>
internal static class PaperIds
{
    /// <summary>Titles with nothing to spell in ASCII (all CJK, say) still get a readable prefix.</summary>
    private const string FallbackSlug = "paper";

    /// <summary>How long an id stays reserved for a paper that is no longer in the input.</summary>
    public const int RetentionDays = 30;

    public static PaperIdAssignment Assign(IReadOnlyList<Paper> papers, ImmutableArray<PublishedId> published, DateOnly asOf)
    {
        var keys = papers.Select(paper => TitleKey.Of(paper.Title)).ToArray();
        var hashes = new string[papers.Count];
        Parallel.For(0, papers.Count, paper => hashes[paper] = ContentHash(papers[paper]));
        var kept = published.Where(entry => entry.Seen.AddDays(RetentionDays) >= asOf).ToList();
        var matched = Recognise(keys, hashes, kept);

        var newcomers = Enumerable.Range(0, papers.Count).Where(paper => matched[paper] is null).ToList();
        var reserved = kept.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var given = UniqueIds.Assign([.. newcomers.Select(paper => Ladder(papers[paper], hashes[paper]))], reserved);
        var ids = matched.Select(entry => entry?.Id).ToArray();
        for (var newcomer = 0; newcomer < newcomers.Count; newcomer++)
        {
            ids[newcomers[newcomer]] = given[newcomer];
        }

        var usedIds = ids.ToHashSet(StringComparer.Ordinal);
        var idByHash = Enumerable.Range(0, papers.Count).GroupBy(paper => hashes[paper], StringComparer.Ordinal)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => ids[group.Single()]!, StringComparer.Ordinal);
        var unseen = kept.Where(entry => !usedIds.Contains(entry.Id)).ToList();
        var formerIds = unseen
            .Where(entry => idByHash.ContainsKey(entry.Hash))
            .ToImmutableDictionary(entry => entry.Id, entry => idByHash[entry.Hash], StringComparer.Ordinal);
        var history = Enumerable.Range(0, papers.Count)
            .Select(paper => new PublishedId(ids[paper]!, keys[paper], hashes[paper], asOf))
            .Concat(unseen)
            .ToImmutableArray();
        return new PaperIdAssignment([.. ids.Select(id => id!)], history, formerIds);
    }

    /// <summary>Per paper, the published entry it is (or null for a newcomer); each entry goes to one paper at most.</summary>
    private static PublishedId?[] Recognise(string[] keys, string[] hashes, List<PublishedId> published)
    {
        var matched = new PublishedId?[keys.Length];
        var free = published.ToHashSet();
        void Match(Func<int, string> paperKey, Func<PublishedId, string> entryKey)
        {
            var papersByKey = Enumerable.Range(0, keys.Length).Where(paper => matched[paper] is null).ToLookup(paperKey, StringComparer.Ordinal);
            foreach (var entries in free.ToLookup(entryKey, StringComparer.Ordinal))
            {
                var candidates = papersByKey[entries.Key].ToList();
                if (candidates.Count == 1 && entries.Count() == 1)
                {
                    matched[candidates[0]] = entries.Single();
                    free.Remove(entries.Single());
                }
            }
        }

        // Same title and same content first; then a title only one paper and one entry have (the abstract grew);
        // then the same content under a changed title (a dump fixed a typo).
        Match(paper => keys[paper] + "\n" + hashes[paper], entry => entry.TitleKey + "\n" + entry.Hash);
        Match(paper => keys[paper], entry => entry.TitleKey);
        Match(paper => hashes[paper], entry => entry.Hash);
        return matched;
    }

    private static IEnumerable<string> Ladder(Paper paper, string hash)
    {
        var slug = Slug.From(paper.Title);
        if (slug.Length > 0)
        {
            yield return slug;
            if (paper.Date is { } date)
            {
                yield return $"{slug}-{date.Year}";
            }
        }

        yield return $"{(slug.Length > 0 ? slug : FallbackSlug)}-{hash}";
    }

    private static string ContentHash(Paper paper) =>
        Slug.ShortHash(paper.Abstract is { Length: > 0 } text ? TitleKey.Of(text) : string.Join('\n', [paper.Title, .. paper.Authors]));
}

/// <summary>Tonight's ids in paper order, the history to save once they are published, and ids that now point elsewhere.</summary>
/// <param name="FormerIds">A published id whose paper now has another id (two papers merged into one) → that id.</param>
internal sealed record PaperIdAssignment(ImmutableArray<string> Ids, ImmutableArray<PublishedId> History, ImmutableDictionary<string, string> FormerIds);
