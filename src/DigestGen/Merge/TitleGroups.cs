using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Groups titled records into papers: records whose titles share a <see cref="TitleKey"/> are one paper, unless
/// their abstracts show they are different papers that happen to share a title (arXiv holds several
/// "Evolutionary Algorithms"). Records too short on abstract to tell join the likeliest paper of their title.
/// </summary>
internal static class TitleGroups
{
    /// <summary>Groups of record indices (ascending), ordered by their first record.</summary>
    /// <param name="titleKeys">Per record, its title's key (empty: no title to group by).</param>
    public static List<List<int>> Build(
        IReadOnlyList<string> titleKeys, IReadOnlyList<RawRecord> records, IReadOnlyList<AbstractFingerprint?> fingerprints, AbstractJudge judge)
    {
        var byTitle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < records.Count; index++)
        {
            if (titleKeys[index] is { Length: > 0 } key)
            {
                if (!byTitle.TryGetValue(key, out var members))
                {
                    byTitle[key] = members = [];
                }

                members.Add(index);
            }
        }

        return byTitle.Values
            .SelectMany(members => SplitByAbstract(members, records, fingerprints, judge))
            .OrderBy(group => group[0])
            .ToList();
    }

    private static IEnumerable<List<int>> SplitByAbstract(
        List<int> members, IReadOnlyList<RawRecord> records, IReadOnlyList<AbstractFingerprint?> fingerprints, AbstractJudge judge)
    {
        var telling = members.FindAll(index => fingerprints[index] is { IsSubstantial: true });
        if (telling.Count < 2)
        {
            return [members];
        }

        var sets = new DisjointSets(telling.Count);
        for (var first = 0; first < telling.Count; first++)
        {
            for (var second = first + 1; second < telling.Count; second++)
            {
                if (sets.Find(first) != sets.Find(second)
                    && judge.SamePaper(fingerprints[telling[first]]!, fingerprints[telling[second]]!, titlesAgree: true))
                {
                    sets.Union(first, second);
                }
            }
        }

        var papers = new List<List<int>>();
        foreach (var set in sets.Sets())
        {
            var paper = new List<int>(set.Count);
            foreach (var position in set)
            {
                paper.Add(telling[position]);
            }

            papers.Add(paper);
        }

        foreach (var index in members)
        {
            if (fingerprints[index] is not { IsSubstantial: true })
            {
                Likeliest(papers, records[index], records).Add(index);
            }
        }

        foreach (var paper in papers)
        {
            paper.Sort();
        }

        return papers;
    }

    /// <summary>The paper of the same year if exactly one has it, else the one most records state (the first of equals).</summary>
    private static List<int> Likeliest(List<List<int>> papers, RawRecord record, IReadOnlyList<RawRecord> records)
    {
        if (YearOf(record) is { } year)
        {
            var sameYear = papers.Where(paper => paper.Any(index => YearOf(records[index]) == year)).ToList();
            if (sameYear.Count == 1)
            {
                return sameYear[0];
            }
        }

        return papers.MaxBy(paper => paper.Count)!;
    }

    private static int? YearOf(RawRecord record) => record.Date?.Year ?? record.Year;
}
