using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Keeps the digest's cross-references true after overrides changed papers and topics. Hidden papers and hidden
/// topics leave the digest entirely, so no page, feed or search index can show them; a moved paper changes topic
/// lists; an edited author list changes the authors' paper lists. Only what the overrides touched is changed.
/// </summary>
internal static class DigestLinks
{
    public static Digest Reconcile(Digest original, IReadOnlyDictionary<string, Paper> editedPapers, IReadOnlyDictionary<string, Topic> editedTopics)
    {
        var hiddenTopics = editedTopics.Values.Where(topic => topic.Hidden).Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var hiddenPapers = editedPapers.Values.Where(paper => paper.Hidden).Select(paper => paper.Id).ToHashSet(StringComparer.Ordinal);
        var directory = new AuthorDirectory(original.Authors);

        var before = original.Papers.ToDictionary(paper => paper.Id, StringComparer.Ordinal);
        var papers = original.Papers
            .Where(paper => !hiddenPapers.Contains(paper.Id))
            .Select(paper => editedPapers.GetValueOrDefault(paper.Id) ?? paper)
            .Select(paper => paper with
            {
                TopicId = paper.TopicId is { } topic && hiddenTopics.Contains(topic) ? null : paper.TopicId,
                RelatedIds = [.. paper.RelatedIds.Where(id => !hiddenPapers.Contains(id))],
                AuthorIds = paper.Authors.SequenceEqual(before[paper.Id].Authors) ? paper.AuthorIds : directory.IdsOf(paper.Authors),
            })
            .ToImmutableArray();

        var moved = papers.Where(paper => paper.TopicId != before[paper.Id].TopicId).ToList();
        var relisted = papers.Where(paper => !paper.AuthorIds.SequenceEqual(before[paper.Id].AuthorIds)).ToList();
        return original with
        {
            Papers = papers,
            Topics = Topics(original.Topics, editedTopics, hiddenPapers, moved),
            Authors = Authors(original.Authors, directory.Created.Values, hiddenPapers, relisted),
        };
    }

    /// <summary>A topic an editor created by moving papers into an id no topic had: labelled from its id until a topic file says better.</summary>
    public static Topic NewTopic(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        var label = words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
        return new Topic(id, label, [], null, []);
    }

    private static ImmutableArray<Topic> Topics(
        ImmutableArray<Topic> topics, IReadOnlyDictionary<string, Topic> edited, HashSet<string> hiddenPapers, List<Paper> moved)
    {
        var known = topics.Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var emptyBefore = topics.Where(topic => topic.PaperIds.IsEmpty).Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var created = moved.Select(paper => paper.TopicId).OfType<string>().Concat(edited.Keys)
            .Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal)
            .Select(id => edited.GetValueOrDefault(id) ?? NewTopic(id));

        return [.. topics.Select(topic => edited.GetValueOrDefault(topic.Id) ?? topic)
            .Concat(created)
            .Where(topic => !topic.Hidden)
            .Select(topic => topic with
            {
                PaperIds = Relink(topic.PaperIds, hiddenPapers,
                    moved.Where(paper => paper.TopicId == topic.Id).Select(paper => paper.Id),
                    moved.Where(paper => paper.TopicId != topic.Id).Select(paper => paper.Id)),
            })
            .Where(topic => topic.PaperIds.Length > 0 || emptyBefore.Contains(topic.Id))];
    }

    private static ImmutableArray<Author> Authors(ImmutableArray<Author> authors, IEnumerable<Author> created, HashSet<string> hiddenPapers, List<Paper> relisted)
    {
        var emptyBefore = authors.Where(author => author.PaperIds.IsEmpty).Select(author => author.Id).ToHashSet(StringComparer.Ordinal);
        return [.. authors.Concat(created.OrderBy(author => author.Id, StringComparer.Ordinal))
            .Select(author =>
            {
                var paperIds = Relink(author.PaperIds, hiddenPapers,
                    relisted.Where(paper => paper.AuthorIds.Contains(author.Id)).Select(paper => paper.Id),
                    relisted.Where(paper => !paper.AuthorIds.Contains(author.Id)).Select(paper => paper.Id));
                // An override's author list that added or removed the author is where their paper list now comes from.
                var editedBy = relisted
                    .Where(paper => paper.AuthorIds.Contains(author.Id) != author.PaperIds.Contains(paper.Id))
                    .Select(paper => paper.FieldSources.GetValueOrDefault("authors"))
                    .FirstOrDefault(source => source?.Shape == DumpShape.Override);
                return author with
                {
                    PaperIds = paperIds,
                    FieldSources = editedBy is null ? author.FieldSources
                        : OverrideProvenance.Set(author.FieldSources, editedBy, author.PaperIds.IsEmpty && author.Aliases.IsEmpty && !author.FieldSources.ContainsKey("name") ? ["name", "paperIds"] : ["paperIds"]),
                };
            })
            .Where(author => author.PaperIds.Length > 0 || emptyBefore.Contains(author.Id))];
    }

    /// <summary>The ids kept in their order, less the hidden and the removed, then the added ones not yet there.</summary>
    private static ImmutableArray<string> Relink(ImmutableArray<string> ids, HashSet<string> hidden, IEnumerable<string> added, IEnumerable<string> removed)
    {
        var gone = removed.ToHashSet(StringComparer.Ordinal);
        var kept = ids.Where(id => !hidden.Contains(id) && !gone.Contains(id)).ToList();
        return [.. kept.Concat(added.Where(id => !kept.Contains(id)))];
    }
}
