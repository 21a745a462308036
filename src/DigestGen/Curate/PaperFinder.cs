using System.Collections.Frozen;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Finds the paper an override names, by id or by title (exactly, or ignoring case, accents and punctuation),
/// and suggests the nearest ids or titles when nothing matches. An id the paper had before (see
/// <see cref="MergeResult.FormerIds"/>) still finds it, with a warning to update the override.
/// </summary>
internal sealed class PaperFinder
{
    private readonly FrozenDictionary<string, MergedPaper> byId;
    private readonly FrozenDictionary<string, MergedPaper[]> byTitle;
    private readonly IReadOnlyDictionary<string, string> formerIds;

    public PaperFinder(IEnumerable<MergedPaper> papers, IReadOnlyDictionary<string, string>? formerIds = null)
    {
        this.formerIds = formerIds ?? new Dictionary<string, string>();
        var list = papers.ToList();
        byId = list.ToFrozenDictionary(paper => paper.Id, StringComparer.Ordinal);
        byTitle = list.GroupBy(paper => NormaliseTitle(paper.Title), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The paper both targets agree on, or the problem that stops the override; <c>Followed</c> warns of a former id.</summary>
    public (MergedPaper? Paper, Diagnostic? Problem, Diagnostic? Followed) Find(PaperOverride target)
    {
        var (paper, problem) = FindCurrent(target);
        if (problem is null || target.ById is not { } id || !formerIds.TryGetValue(id.Value, out var current) || !byId.TryGetValue(current, out var renamed))
        {
            return (paper, problem, null);
        }

        var (again, stillWrong) = FindCurrent(target with { ById = id with { Value = current } });
        return stillWrong is not null ? (null, stillWrong, null) : (again ?? renamed, null, CurateProblem.At(target.File, id.Line, DiagnosticCodes.OverrideFormerId,
            $"the paper once published as '{id.Value}' is now '{current}' (it was merged with another record); the override was applied to it",
            $"write 'paper: {current}' to keep it working once the old id is forgotten"));
    }

    private (MergedPaper? Paper, Diagnostic? Problem) FindCurrent(PaperOverride target)
    {
        MergedPaper? fromId = null;
        if (target.ById is { } id)
        {
            if (!byId.TryGetValue(id.Value, out fromId))
            {
                return (null, UnknownId(target.File, id));
            }
        }

        if (target.ByTitle is not { } title)
        {
            return (fromId, null);
        }

        var matches = byTitle.GetValueOrDefault(NormaliseTitle(title.Value)) ?? [];
        if (fromId is not null && !matches.Contains(fromId))
        {
            return (null, CurateProblem.At(target.File, title.Line, DiagnosticCodes.OverrideUnknownPaper,
                $"'title' names another paper than 'paper: {fromId.Id}', which is titled \"{fromId.Title}\"",
                "'title:' only picks the paper to change; to change its title, write 'new-title:' instead"));
        }

        return fromId is not null ? (fromId, null) : matches.Length switch
        {
            1 => (matches[0], null),
            0 => (null, UnknownTitle(target.File, title)),
            _ => (null, CurateProblem.At(target.File, title.Line, DiagnosticCodes.OverrideUnknownPaper,
                $"{matches.Length} papers have the title \"{title.Value}\"",
                $"pick one with 'paper:' instead: {CurateProblem.Either([.. matches.Select(paper => paper.Id).Order(StringComparer.Ordinal)])}")),
        };
    }

    /// <summary>
    /// Lower case, accents and punctuation dropped, spaces collapsed ("Semi-Supervised  É" → "semi supervised e"):
    /// the same folding merge uses for title keys, with the words kept apart for edit-distance suggestions.
    /// </summary>
    public static string NormaliseTitle(string title) => string.Join(' ', TextFolding.Words(title));

    private Diagnostic UnknownId(string file, Located id)
    {
        var nearest = ClosestMatches.Find(byId.Keys, id.Value);
        var hint = nearest.Count > 0
            ? $"did you mean {CurateProblem.Either(nearest)}?"
            : "the id is the last part of the paper page's address; or pick the paper by 'title:'";
        return CurateProblem.MissingTarget(file, id.Line, DiagnosticCodes.OverrideUnknownPaper, $"no paper has the id '{id.Value}'", hint);
    }

    private Diagnostic UnknownTitle(string file, Located title)
    {
        var nearest = ClosestMatches.Find(byTitle.Keys, NormaliseTitle(title.Value), limit: 2)
            .SelectMany(key => byTitle[key])
            .Select(paper => $"\"{paper.Title}\" (paper: {paper.Id})")
            .ToList();
        var hint = nearest.Count > 0
            ? $"did you mean {string.Join(" or ", nearest)}?"
            : "copy the title from the paper's page, or pick the paper by 'paper: <id>'";
        return CurateProblem.MissingTarget(file, title.Line, DiagnosticCodes.OverrideUnknownPaper, $"no paper has the title \"{title.Value}\"", hint);
    }
}
