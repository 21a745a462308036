using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Merge stage: one paper per real paper across all dumps, one author per person.
/// <list type="number">
/// <item>Glued badge+title lines take the reading another dump confirms (<see cref="TitleReadings"/>), and each
/// record gets its title key and abstract fingerprint (<see cref="MergeRecords"/>).</item>
/// <item>Records group into papers by title and abstract (<see cref="PaperGroups"/>): the only step abstract
/// vectors change, so the pipeline repeats only it once it has embedded the grey-zone abstracts.</item>
/// <item>Fields combine with provenance (<see cref="CombineFields"/>), ids are made unique
/// (<see cref="PaperIds"/>), authors are merged and linked (<see cref="MergeAuthors"/>).</item>
/// </list>
/// Papers come out ordered by id, authors by id.
/// </summary>
public static class MergePapers
{
    public static MergeResult Run(IReadOnlyList<ParsedDump> dumps, MergeOptions options)
    {
        var records = MergeRecords.Of(dumps);
        return Run(records, PaperGroups.Build(records, options), options, (_, work) => work());
    }

    /// <summary>Makes the papers of <paramref name="groups"/> and their authors; <paramref name="options"/> give the published ids.</summary>
    /// <param name="timeStep">Runs one named part (fields, ids, authors) and times it, for the build log's merge steps.</param>
    internal static MergeResult Run(MergeRecords input, PaperGroups groups, MergeOptions options, Action<string, Action> timeStep)
    {
        // Each paper's fields depend on its own records only: spread over the cores.
        var drafts = new PaperDraft[groups.Groups.Count];
        timeStep("fields", () => Parallel.For(0, drafts.Length, paper =>
        {
            var members = groups.Groups[paper].Select(index => input.Records[index]).ToList();
            drafts[paper] = new PaperDraft(CombineFields.Run(members), members);
        }));
        PaperIdAssignment ids = null!;
        timeStep("ids", () => ids = PaperIds.Assign([.. drafts.Select(draft => draft.Paper)], options.PublishedIds, options.AsOf));
        (ImmutableArray<MergedPaper> Papers, ImmutableArray<Author> Authors) merged = default;
        timeStep("authors", () => merged = MergeAuthors.Run(
            [.. drafts.Select((draft, index) => draft with { Paper = draft.Paper with { Id = ids.Ids[index] } })],
            input.Dumps));
        var (papers, authors) = merged;

        return new MergeResult(ById(papers), authors, groups.Diagnostics)
        {
            IdHistory = ids.History,
            FormerIds = ids.FormerIds,
            AbstractsWithoutVectors = groups.AbstractsWithoutVectors,
        };
    }

    /// <summary>The papers ordered by id, papers of one id in their order: an array sort, as ordering 100,000 papers through LINQ cost a nightly half a second.</summary>
    private static ImmutableArray<MergedPaper> ById(ImmutableArray<MergedPaper> papers)
    {
        var order = new int[papers.Length];
        for (var paper = 0; paper < order.Length; paper++)
        {
            order[paper] = paper;
        }

        Array.Sort(order, (first, second) => string.CompareOrdinal(papers[first].Id, papers[second].Id) is var byId and not 0 ? byId : first.CompareTo(second));
        var sorted = ImmutableArray.CreateBuilder<MergedPaper>(order.Length);
        foreach (var paper in order)
        {
            sorted.Add(papers[paper]);
        }

        return sorted.MoveToImmutable();
    }
}
