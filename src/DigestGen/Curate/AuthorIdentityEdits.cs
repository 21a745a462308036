using System.Collections.Immutable;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Applies author overrides before any paper override: <c>same-as</c> makes two authors one (the first keeps its id),
/// <c>not-same-as</c> gives a spelling merge joined to an author a page of its own. Author pages, each paper's
/// author ids (<see cref="PaperAuthors.AuthorIds"/>) and authors.json change together, and the author's
/// <see cref="Author.IdentityEvidence"/> names the file and line ("editor: overrides/x.md(3)").
/// </summary>
internal static class AuthorIdentityEdits
{
    /// <summary>The authors.json fields an identity edit changes, credited to its line.</summary>
    private static readonly string[] IdentityFields = ["aliases", "identityEvidence", "paperIds"];

    public static AuthorList Apply(AuthorList people, IEnumerable<AuthorOverride> overrides, List<Diagnostic> problems)
    {
        foreach (var edit in overrides)
        {
            var (changed, problem) = ApplyOne(people, edit);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            people = changed;
        }

        return people;
    }

    private static (AuthorList People, Diagnostic? Problem) ApplyOne(AuthorList people, AuthorOverride edit)
    {
        var (author, problem) = Find(people, edit.File, edit.Author);
        if (author is null)
        {
            return (people, problem);
        }

        if (edit.SameAs is { } sameAs)
        {
            var (other, otherProblem) = Find(people, edit.File, sameAs);
            (people, problem) = other is null ? (people, otherProblem) : Join(people, author, other, edit.File, sameAs.Line);
            author = people.Authors.FirstOrDefault(candidate => candidate.Id == author.Id);
        }

        return problem is null && edit.NotSameAs is { } notSameAs && author is not null ? Split(people, author, edit.File, notSameAs) : (people, problem);
    }

    private static (AuthorList, Diagnostic?) Join(AuthorList people, Author kept, Author absorbed, string file, int line)
    {
        if (kept.Id == absorbed.Id)
        {
            return (people, CurateProblem.At(file, line, DiagnosticCodes.OverrideWrongValue,
                $"'{kept.Name}' and the author in 'same-as' are already one author ({kept.Id})", "remove this file, or name another author"));
        }

        if (people.Papers.FirstOrDefault(paper => paper.AuthorIds.Contains(kept.Id) && paper.AuthorIds.Contains(absorbed.Id)) is { } shared)
        {
            return (people, CurateProblem.At(file, line, DiagnosticCodes.OverrideWrongValue,
                $"'{kept.Name}' and '{absorbed.Name}' are both authors of '{shared.Id}', so they are two people",
                "check the paper's author list; if one of the two names there is wrong, fix it with a paper override ('authors:')"));
        }

        var evidence = $"{kept.Name} = {absorbed.Name}: editor: {file}({line})";
        var source = OverrideProvenance.At(file, line);
        var joined = kept with
        {
            Aliases = [.. kept.Aliases.Concat(absorbed.Aliases).Append(absorbed.Name).Where(name => name != kept.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            PaperIds = [.. kept.PaperIds.Union(absorbed.PaperIds, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Profile = kept.Profile ?? absorbed.Profile,
            IdentityEvidence = [.. kept.IdentityEvidence.Concat(absorbed.IdentityEvidence).Append(evidence).Order(StringComparer.Ordinal)],
            FieldSources = OverrideProvenance.Set(absorbed.FieldSources.SetItems(kept.FieldSources), source, IdentityFields),
        };
        return (people with
        {
            Authors = [.. people.Authors.Where(author => author.Id != absorbed.Id).Select(author => author.Id == kept.Id ? joined : author)],
            Papers = [.. people.Papers.Select(paper => Relinked(paper, [.. paper.AuthorIds.Select(id => id == absorbed.Id ? kept.Id : id)], source))],
        }, null);
    }

    /// <summary>The spelling (and the spellings that differ from it only in dots, case or accents) leaves the author for an author of its own.</summary>
    private static (AuthorList, Diagnostic?) Split(AuthorList people, Author author, string file, Located spelling)
    {
        var key = AuthorIdentity.Parse(spelling.Value).Key;
        var spellings = author.Aliases.Prepend(author.Name).ToList();
        var leaving = spellings.Where(name => AuthorIdentity.Parse(name).Key == key).ToHashSet(StringComparer.Ordinal);
        var staying = spellings.Where(name => !leaving.Contains(name)).ToList();
        if (leaving.Count == 0 || staying.Count == 0)
        {
            var why = leaving.Count == 0 ? $"'{author.Name}' ({author.Id}) has no spelling '{spelling.Value}'" : $"'{spelling.Value}' is every spelling of {author.Id}";
            return (people, CurateProblem.At(file, spelling.Line, DiagnosticCodes.OverrideWrongValue, why,
                $"write one of the spellings the author page lists that is another person: {CurateProblem.Either(spellings)}"));
        }

        var taken = people.Authors.Select(other => other.Id).ToHashSet(StringComparer.Ordinal);
        var newName = leaving.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).First();
        var newId = AuthorDirectory.NewId(newName, taken);
        var source = OverrideProvenance.At(file, spelling.Line);
        var papers = people.Papers
            .Select(paper => Relinked(paper, [.. paper.AuthorIds.Select((id, position) => id == author.Id && position < paper.Authors.Length && leaving.Contains(paper.Authors[position]) ? newId : id)], source))
            .ToImmutableArray();
        var movedAway = papers.Where(paper => paper.AuthorIds.Contains(newId) && !paper.AuthorIds.Contains(author.Id)).Select(paper => paper.Id).ToHashSet(StringComparer.Ordinal);
        var keptName = staying.Contains(author.Name) ? author.Name : staying[0];
        var evidence = $"{keptName} ≠ {newName}: editor: {file}({spelling.Line})";
        var kept = author with
        {
            Name = keptName,
            Aliases = [.. staying.Where(name => name != keptName)],
            // Papers only the author's profile page gave them list neither id, and stay.
            PaperIds = [.. author.PaperIds.Where(paperId => !movedAway.Contains(paperId))],
            IdentityEvidence = [.. author.IdentityEvidence.Where(line => !leaving.Any(name => line.Contains(name, StringComparison.Ordinal))).Append(evidence).Order(StringComparer.Ordinal)],
            FieldSources = OverrideProvenance.Set(author.FieldSources, source, IdentityFields),
        };
        var split = new Author(newId, newName, [.. leaving.Where(name => name != newName).Order(StringComparer.Ordinal)], [.. papers.Where(paper => paper.AuthorIds.Contains(newId)).Select(paper => paper.Id).Order(StringComparer.Ordinal)], null)
        {
            IdentityEvidence = [evidence],
            FieldSources = OverrideProvenance.Set(ImmutableSortedDictionary<string, SourceRef>.Empty, source, [.. IdentityFields, "name"]),
        };
        return (people with
        {
            Authors = [.. people.Authors.Select(other => other.Id == author.Id ? kept : other).Append(split).OrderBy(other => other.Id, StringComparer.Ordinal)],
            Papers = papers,
        }, null);
    }

    /// <summary>A paper whose author ids the edit changed credits them to the edit's line.</summary>
    private static PaperAuthors Relinked(PaperAuthors paper, ImmutableArray<string> authorIds, SourceRef source) =>
        authorIds.SequenceEqual(paper.AuthorIds) ? paper : paper with { AuthorIds = authorIds, RelinkedBy = source };

    /// <summary>By id, else by a name or alias that differs only in dots, case or accents; an error naming the closest ids otherwise.</summary>
    private static (Author?, Diagnostic?) Find(AuthorList people, string file, Located reference)
    {
        if (people.Authors.FirstOrDefault(author => author.Id == reference.Value.Trim()) is { } byId)
        {
            return (byId, null);
        }

        var key = AuthorIdentity.Parse(reference.Value).Key;
        var byName = people.Authors.Where(author => author.Aliases.Prepend(author.Name).Any(name => AuthorIdentity.Parse(name).Key == key)).ToList();
        if (byName.Count == 1)
        {
            return (byName[0], null);
        }

        if (byName.Count > 1)
        {
            return (null, CurateProblem.At(file, reference.Line, DiagnosticCodes.OverrideUnknownAuthor,
                $"{byName.Count} authors are called '{reference.Value}'", $"name one by its id: {CurateProblem.Either([.. byName.Select(author => author.Id)])}"));
        }

        var nearest = ClosestMatches.Find(people.Authors.Select(author => author.Id), Slug.From(reference.Value));
        var hint = nearest.Count > 0 ? $"did you mean {CurateProblem.Either(nearest)}?" : "the id is the last part of the author page's address";
        return (null, CurateProblem.MissingTarget(file, reference.Line, DiagnosticCodes.OverrideUnknownAuthor, $"no author has the id or name '{reference.Value}'", hint));
    }
}
