using System.Collections.Immutable;
using DigestGen.Ingest;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Curate stage: applies editors' override files from input/overrides/ in file-name order. A file with any
/// problem is reported (file, line, what to do) and skipped as a whole; the rest still apply.
/// </summary>
public static class ApplyOverrides
{
    /// <param name="papers">Merge's papers.</param>
    /// <param name="placements">Compute's placements; empty when compute did not run.</param>
    /// <param name="authors">Merge's authors.</param>
    /// <param name="topics">Compute's topics; empty when compute did not run.</param>
    /// <param name="formerIds">Published paper ids that now name another paper id (<see cref="Merge.MergeResult.FormerIds"/>).</param>
    public static CurateResult Run(
        ImmutableArray<MergedPaper> papers, ImmutableArray<PaperPlacement> placements, ImmutableArray<Author> authors, ImmutableArray<Topic> topics,
        IReadOnlyList<InputFile> overrideFiles, IReadOnlyDictionary<string, string>? formerIds = null)
    {
        var problems = new List<Diagnostic>();
        var overrides = new List<ParsedOverride>();
        foreach (var file in overrideFiles)
        {
            var (document, readProblems) = FrontMatterReader.Read(file);
            problems.AddRange(readProblems);
            if (document is not null)
            {
                var (parsed, parseProblems) = OverrideParser.Parse(document);
                problems.AddRange(parseProblems);
                if (parsed is not null)
                {
                    overrides.Add(parsed);
                }
            }
        }

        // Identity first, so the paper overrides' author lists resolve against the people as the editors see them.
        var people = AuthorIdentityEdits.Apply(
            new AuthorList(authors, [.. papers.Select(paper => new PaperAuthors(paper.Id, paper.Authors, paper.AuthorIds))]), overrides.OfType<AuthorOverride>(), problems);
        var catalogue = new TopicCatalogue(topics, overrides.OfType<TopicOverride>());
        var conflicts = new ConflictTracker();
        var paperEdits = ApplyToPapers(papers, overrides.OfType<PaperOverride>(), formerIds, catalogue, conflicts, problems);
        var topicEdits = ApplyToTopics(topics, overrides.OfType<TopicOverride>(), catalogue, paperEdits, conflicts, problems);

        var (authorIds, curatedAuthors, curatedTopics) = DigestLinks.Reconcile(people, placements, topics, paperEdits, topicEdits);
        foreach (var relinked in people.Papers.Where(paper => paper.RelinkedBy is not null))
        {
            // An identity edit that relinked a paper's authors is where its author ids now come from.
            var curation = paperEdits.GetValueOrDefault(relinked.Id) ?? PaperCuration.None;
            paperEdits[relinked.Id] = curation with { FieldSources = OverrideProvenance.Set(curation.FieldSources, relinked.RelinkedBy!, "authorIds") };
        }

        var ordered = problems.OrderBy(problem => problem.File, StringComparer.Ordinal).ThenBy(problem => problem.Line);
        return new CurateResult(paperEdits.ToImmutableDictionary(StringComparer.Ordinal), authorIds, curatedAuthors, curatedTopics, [.. ordered]);
    }

    private static Dictionary<string, PaperCuration> ApplyToPapers(
        ImmutableArray<MergedPaper> papers, IEnumerable<PaperOverride> overrides, IReadOnlyDictionary<string, string>? formerIds, TopicCatalogue topics, ConflictTracker conflicts, List<Diagnostic> problems)
    {
        // Indexing every paper's id and title is most of curate's cost at 100,000 papers: done only when a file edits a paper.
        PaperFinder? finder = null;
        var edited = new Dictionary<string, PaperCuration>(StringComparer.Ordinal);
        foreach (var edit in overrides)
        {
            finder ??= new PaperFinder(papers, formerIds);
            var (paper, problem, followed) = finder.Find(edit);
            if (followed is not null)
            {
                problems.Add(followed);
            }

            problem ??= edit.MoveTo is { } topic ? topics.CheckMoveTarget(edit.File, topic) : null;
            problem ??= conflicts.Check(PaperKey(paper!), edit.File, edit.Settings);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            conflicts.Record(PaperKey(paper!), edit.File, edit.Settings);
            var current = edited.GetValueOrDefault(paper!.Id) ?? PaperCuration.None;
            edited[paper.Id] = edit.Settings.Aggregate(current, (changed, setting) => OverrideProvenance.Stamp(setting.Apply(changed), setting, edit.File)) with
            {
                EditedBy = current.EditedBy.Add(edit.File),
            };
        }

        return edited;
    }

    private static Dictionary<string, Topic> ApplyToTopics(
        ImmutableArray<Topic> known, IEnumerable<TopicOverride> overrides, TopicCatalogue topics, Dictionary<string, PaperCuration> papers, ConflictTracker conflicts, List<Diagnostic> problems)
    {
        var movedInto = papers.Values.Select(paper => paper.TopicId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var edited = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var edit in overrides)
        {
            var id = edit.TopicId.Value;
            var problem = topics.CheckTopicFile(edit.File, edit.TopicId, movedInto.Contains(id)) ?? conflicts.Check(TopicKey(id), edit.File, edit.Settings);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            conflicts.Record(TopicKey(id), edit.File, edit.Settings);
            var current = edited.GetValueOrDefault(id) ?? known.FirstOrDefault(topic => topic.Id == id) ?? DigestLinks.NewTopic(id);
            edited[id] = edit.Settings.Aggregate(current, (changed, setting) => setting.Apply(changed));
        }

        return edited;
    }

    private static string PaperKey(MergedPaper paper) => "paper:" + paper.Id;

    private static string TopicKey(string id) => "topic:" + id;
}
