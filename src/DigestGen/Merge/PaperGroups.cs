using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Which records are one paper: the part of merge that abstracts' vectors can change, so the pipeline redoes only
/// this when it has embedded the grey-zone abstracts a pass named (<see cref="AbstractsWithoutVectors"/>).
/// <list type="number">
/// <item>Titled records group by <see cref="TitleKey"/>, split where abstracts show two papers (<see cref="TitleGroups"/>).</item>
/// <item>Untitled abstracts join the paper whose abstract they match (<see cref="AbstractIndex"/>,
/// <see cref="AbstractJudge"/>); one that matches none is reported, never made into a paper.</item>
/// </list>
/// </summary>
internal sealed class PaperGroups
{
    private PaperGroups(List<List<int>> groups, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> abstractsWithoutVectors)
    {
        Groups = groups;
        Diagnostics = diagnostics;
        AbstractsWithoutVectors = abstractsWithoutVectors;
    }

    /// <summary>Per paper, its records' indices (ascending); papers ordered by their first record.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups { get; }

    /// <summary>The untitled abstracts that matched no paper.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Abstracts of grey-zone pairs that had no vector in <see cref="MergeOptions.AbstractVectors"/> (ordinal order).</summary>
    public ImmutableArray<string> AbstractsWithoutVectors { get; }

    public static PaperGroups Build(MergeRecords input, MergeOptions options)
    {
        var judge = new AbstractJudge(options);
        var groups = TitleGroups.Build(input.TitleKeys, input.Records, input.Fingerprints, judge);
        var diagnostics = AttachUntitled(input, groups, judge);
        return new PaperGroups(groups, diagnostics, judge.AbstractsWithoutVectors);
    }

    /// <summary>Adds each untitled record to the group of the paper its abstract belongs to, and reports the rest.</summary>
    private static ImmutableArray<Diagnostic> AttachUntitled(MergeRecords input, List<List<int>> groups, AbstractJudge judge)
    {
        var (records, fingerprints) = (input.Records, input.Fingerprints);
        var untitled = new List<int>();
        var untitledAbstracts = new List<AbstractFingerprint>();
        for (var record = 0; record < records.Length; record++)
        {
            if (fingerprints[record] is { } fingerprint && input.TitleKeys[record].Length == 0)
            {
                untitled.Add(record);
                untitledAbstracts.Add(fingerprint);
            }
        }

        if (untitled.Count == 0)
        {
            return [];
        }

        var index = new AbstractIndex(untitledAbstracts);
        for (var group = 0; group < groups.Count; group++)
        {
            foreach (var member in groups[group])
            {
                if (fingerprints[member] is { } fingerprint)
                {
                    index.Add(fingerprint, group);
                }
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var record in untitled)
        {
            var candidates = index.Closest(fingerprints[record]!);
            var match = candidates.FirstOrDefault(candidate => judge.SamePaper(fingerprints[record]!, candidate.Closest, candidate.Similarity, titlesAgree: false));
            if (match is not null)
            {
                groups[match.Paper].Add(record);
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
        RawRecord record, AbstractMatch? nearest, ImmutableArray<RawRecord> records, List<List<int>> groups)
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
