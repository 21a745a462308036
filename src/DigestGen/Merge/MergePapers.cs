using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Merge stage: one paper per real paper across all dumps, one author per person.
/// <list type="number">
/// <item>Glued badge+title lines take the reading another dump confirms (<see cref="TitleReadings"/>).</item>
/// <item>Titled records group by <see cref="TitleKey"/>, split where abstracts show two papers (<see cref="TitleGroups"/>).</item>
/// <item>Untitled abstracts join the paper whose abstract they match (<see cref="AbstractIndex"/>,
/// <see cref="AbstractJudge"/>); one that matches none is reported, never made into a paper.</item>
/// <item>Fields combine with provenance (<see cref="CombineFields"/>), ids are made unique
/// (<see cref="PaperIds"/>), authors are merged and linked (<see cref="MergeAuthors"/>).</item>
/// </list>
/// Papers come out ordered by id, authors by id.
/// </summary>
public static class MergePapers
{
    public static MergeResult Run(IReadOnlyList<ParsedDump> dumps, MergeOptions options)
    {
        var records = TitleReadings.Resolve([.. dumps.SelectMany(dump => dump.Records)]);
        // Fingerprinting is a third of merge's work and independent per record: spread it over the cores.
        var fingerprints = new AbstractFingerprint?[records.Length];
        Parallel.For(0, records.Length, record =>
            fingerprints[record] = string.IsNullOrWhiteSpace(records[record].Abstract) ? null : AbstractFingerprint.Of(records[record].Abstract!));
        var judge = new AbstractJudge(options);

        var groups = TitleGroups.Build(records, fingerprints, judge);
        var diagnostics = AttachUntitled(records, fingerprints, groups, judge);

        var drafts = groups
            .Select(group => group.Select(index => records[index]).ToList())
            .Select(members => (Paper: CombineFields.Run(members), Records: (IReadOnlyList<RawRecord>)members))
            .ToList();
        var ids = PaperIds.Assign(drafts.Select(draft => draft.Paper).ToList(), options.PublishedIds, options.AsOf);
        var (papers, authors) = MergeAuthors.Run(
            drafts.Select((draft, index) => (draft.Paper with { Id = ids.Ids[index] }, draft.Records)).ToList(),
            [.. dumps.Where(dump => dump.Profile is not null).Select(dump => (dump.File, dump.Profile!))]);

        return new MergeResult([.. papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)], authors, diagnostics)
        {
            IdHistory = ids.History,
            FormerIds = ids.FormerIds,
            AbstractsWithoutVectors = judge.AbstractsWithoutVectors,
        };
    }

    /// <summary>Adds each untitled record to the group of the paper its abstract belongs to, and reports the rest.</summary>
    private static ImmutableArray<Diagnostic> AttachUntitled(
        ImmutableArray<RawRecord> records, AbstractFingerprint?[] fingerprints, List<List<int>> groups, AbstractJudge judge)
    {
        var untitled = Enumerable.Range(0, records.Length)
            .Where(record => fingerprints[record] is not null && TitleKey.Of(records[record].Title ?? "").Length == 0)
            .ToList();
        if (untitled.Count == 0)
        {
            return [];
        }

        var index = new AbstractIndex();
        for (var group = 0; group < groups.Count; group++)
        {
            foreach (var member in groups[group].Where(member => fingerprints[member] is not null))
            {
                index.Add(fingerprints[member]!, group);
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var record in untitled)
        {
            var candidates = index.Closest(fingerprints[record]!);
            var match = candidates
                .Where(candidate => judge.SamePaper(fingerprints[record]!, candidate.Closest, candidate.Similarity, titlesAgree: false))
                .Select(candidate => (int?)candidate.Paper)
                .FirstOrDefault();
            if (match is { } paper)
            {
                groups[paper].Add(record);
            }
            else
            {
                diagnostics.Add(Unmatched(records[record], candidates.Count > 0 ? candidates[0] : null, records, groups));
            }
        }

        foreach (var group in groups)
        {
            group.Sort();
        }

        return diagnostics.ToImmutable();
    }

    private static Diagnostic Unmatched(
        RawRecord record, (int Paper, double Similarity, AbstractFingerprint Closest)? nearest, ImmutableArray<RawRecord> records, List<List<int>> groups)
    {
        var closest = nearest is { } candidate
            ? $"; the closest is \"{records[groups[candidate.Paper][0]].Title}\" at {candidate.Similarity * 100:0}% alike"
            : "";
        // A title of punctuation or emoji only ("🚀🔥", "???") names no paper: say so, not that the title is missing.
        return record.Title is { Length: > 0 } title
            ? new Diagnostic(
                Severity.Warning, DiagnosticCodes.UnmatchedAbstract, record.Source.File, record.Source.Line,
                $"the title \"{title}\" has no letters or digits, so it cannot name a paper, and its abstract matches no other paper{closest}; the record was left out",
                "write the paper's title in words in the dump (an override cannot reach a record without a title)")
            : new Diagnostic(
                Severity.Warning, DiagnosticCodes.UnmatchedAbstract, record.Source.File, record.Source.Line,
                $"this abstract matches no titled paper in the input{closest}, so it was left out",
                "add the paper's title to a dump (or add a dump that lists it), or remove the abstract");
    }
}
