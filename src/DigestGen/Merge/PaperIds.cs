using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    public static PaperIdAssignment Assign(IReadOnlyList<MergedPaper> papers, ImmutableArray<PublishedId> published, DateOnly asOf)
    {
        var keys = new string[papers.Count];
        var hashes = new string[papers.Count];
        Parallel.For(0, papers.Count, paper => (keys[paper], hashes[paper]) = (TitleKey.Of(papers[paper].Title), IdentityHash(papers[paper])));
        var kept = published.Where(entry => entry.Seen.AddDays(RetentionDays) >= asOf).ToList();
        var matched = Recognise(keys, hashes, kept);

        var newcomers = Enumerable.Range(0, papers.Count).Where(paper => matched[paper] is null).ToList();
        var reserved = kept.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var given = UniqueIds.Assign([.. newcomers.Select(paper => Ladder(papers[paper]))], reserved);
        var ids = matched.Select(entry => entry?.Id).ToArray();
        for (var newcomer = 0; newcomer < newcomers.Count; newcomer++)
        {
            ids[newcomers[newcomer]] = given[newcomer];
        }

        var usedIds = ids.ToHashSet(StringComparer.Ordinal);
        var unseen = kept.Where(entry => !usedIds.Contains(entry.Id)).ToList();
        var paperByHash = OnlyPaperByHash(unseen.Select(entry => entry.Hash).ToHashSet(StringComparer.Ordinal), hashes);
        var formerIds = unseen
            .Where(entry => paperByHash.ContainsKey(entry.Hash))
            .ToImmutableDictionary(entry => entry.Id, entry => ids[paperByHash[entry.Hash]]!, StringComparer.Ordinal);
        var history = Enumerable.Range(0, papers.Count)
            .Select(paper => new PublishedId(ids[paper]!, keys[paper], hashes[paper], asOf))
            .Concat(unseen)
            .ToImmutableArray();
        return new PaperIdAssignment([.. ids.Select(id => id!)], history, formerIds);
    }

    /// <summary>Of the <paramref name="wanted"/> content hashes, those exactly one paper has → that paper.</summary>
    private static Dictionary<string, int> OnlyPaperByHash(HashSet<string> wanted, string[] hashes)
    {
        var paperByHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var paper = 0; paper < hashes.Length; paper++)
        {
            if (wanted.Contains(hashes[paper]) && !paperByHash.TryAdd(hashes[paper], paper))
            {
                shared.Add(hashes[paper]);
            }
        }

        foreach (var hash in shared)
        {
            paperByHash.Remove(hash);
        }

        return paperByHash;
    }

    /// <summary>Per paper, the published entry it is (or null for a newcomer); each entry goes to one paper at most.</summary>
    /// <remarks>
    /// Dictionaries of indices, not lookups of records: in a nightly every one of 100,000 papers is recognised, and
    /// a lookup, a list and an ordering per paper were most of the ids step.
    /// </remarks>
    private static PublishedId?[] Recognise(string[] keys, string[] hashes, List<PublishedId> published)
    {
        var matched = new PublishedId?[keys.Length];
        // A set: an entry listed twice is one entry.
        var entries = published.Distinct().ToArray();
        var free = new bool[entries.Length];
        Array.Fill(free, true);
        void Match(Func<int, string> paperKey, Func<PublishedId, string> entryKey, bool indistinguishable)
        {
            var entriesByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var entry = 0; entry < entries.Length; entry++)
            {
                if (free[entry])
                {
                    Dictionaries.GetOrAdd(entriesByKey, entryKey(entries[entry])).Add(entry);
                }
            }

            var papersByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var paper = 0; paper < keys.Length; paper++)
            {
                if (matched[paper] is null && paperKey(paper) is var key && entriesByKey.ContainsKey(key))
                {
                    Dictionaries.GetOrAdd(papersByKey, key).Add(paper);
                }
            }

            foreach (var (key, entriesOfKey) in entriesByKey)
            {
                var candidates = papersByKey.GetValueOrDefault(key, []);
                var oneToOne = candidates.Count == 1 && entriesOfKey.Count == 1;

                // Twins (same title and content) cannot be told apart: they share their ids in id order.
                var twins = indistinguishable && candidates.Count > 1 && candidates.Count == entriesOfKey.Count;
                if (!oneToOne && !twins)
                {
                    continue;
                }

                // Entries of one id keep their order in the history.
                entriesOfKey.Sort((first, second) => string.CompareOrdinal(entries[first].Id, entries[second].Id) is var byId and not 0 ? byId : first.CompareTo(second));
                for (var candidate = 0; candidate < candidates.Count; candidate++)
                {
                    matched[candidates[candidate]] = entries[entriesOfKey[candidate]];
                    free[entriesOfKey[candidate]] = false;
                }
            }
        }

        // Same title and same content first; then a title only one paper and one entry have (the abstract grew);
        // then the same content under a changed title (a dump fixed a typo).
        Match(paper => keys[paper] + "\n" + hashes[paper], entry => entry.TitleKey + "\n" + entry.Hash, indistinguishable: true);
        Match(paper => keys[paper], entry => entry.TitleKey, indistinguishable: false);
        Match(paper => hashes[paper], entry => entry.Hash, indistinguishable: false);
        return matched;
    }

    private static IEnumerable<string> Ladder(MergedPaper paper)
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

        yield return $"{(slug.Length > 0 ? slug : FallbackSlug)}-{ContentHash(paper)}";
    }

    private static string ContentHash(MergedPaper paper) =>
        Slug.ShortHash(paper.Abstract is { Length: > 0 } text ? TitleKey.Of(text) : string.Join('\n', [paper.Title, .. paper.Authors]));

    /// <summary>
    /// What recognises a paper's content from night to night: its abstract's letters and digits (or its title and
    /// authors) and its year, hashed. The year tells apart papers the ladder tells apart by year; the letters skip
    /// <see cref="ContentHash"/>'s accent folding, the costly part, which only papers that climb that far pay.
    /// </summary>
    private static string IdentityHash(MergedPaper paper)
    {
        var text = paper.Abstract is { Length: > 0 } abstractText ? abstractText : string.Join('\n', [paper.Title, .. paper.Authors]);
        var year = paper.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        // Filled in place, not through a string: this runs for every paper on every build.
        var kept = ArrayPool<char>.Shared.Rent(text.Length + 1 + year.Length);
        var length = 0;
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                kept[length++] = char.ToLowerInvariant(character);
            }
        }

        kept[length++] = '\n';
        year.CopyTo(kept.AsSpan(length));
        length += year.Length;
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(kept, 0, length, bytes, 0)), hash);
        ArrayPool<char>.Shared.Return(kept);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexStringLower(hash[..8]);
    }
}

/// <summary>Tonight's ids in paper order, the history to save once they are published, and ids that now point elsewhere.</summary>
/// <param name="FormerIds">A published id whose paper now has another id (two papers merged into one) → that id.</param>
internal sealed record PaperIdAssignment(ImmutableArray<string> Ids, ImmutableArray<PublishedId> History, ImmutableDictionary<string, string> FormerIds);
