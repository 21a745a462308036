using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Keeps the cross-references true after overrides changed papers and topics: a moved paper changes topic lists; an
/// edited author list changes the paper's author ids and the authors' paper lists. Only what the overrides touched
/// is changed. Hidden papers and topics are left for <see cref="Digest.Join"/>, the one place they leave.
/// </summary>
internal static class DigestLinks
{
    public static (ImmutableDictionary<string, ImmutableArray<string>> AuthorIds, ImmutableArray<Author> Authors, ImmutableArray<Topic> Topics) Reconcile(
        AuthorList people, ImmutableArray<PaperPlacement> placements, ImmutableArray<Topic> topics,
        IReadOnlyDictionary<string, PaperCuration> editedPapers, IReadOnlyDictionary<string, Topic> editedTopics)
    {
        // The lookups over every author and placement are built only when an override needs them: with no overrides,
        // curate costs what it does, nothing.
        AuthorDirectory? directory = null;
        Dictionary<string, string>? placed = null;
        var moved = new List<(string Id, string TopicId)>();
        var relisted = new List<(string Id, ImmutableArray<string> AuthorIds, SourceRef? Source)>();
        var authorIds = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var paper in people.Papers)
        {
            var ids = paper.AuthorIds;
            if (editedPapers.GetValueOrDefault(paper.Id) is { Hidden: false } edit)
            {
                if (edit.Authors is { } names && !names.SequenceEqual(paper.Authors))
                {
                    directory ??= new AuthorDirectory(people.Authors);
                    ids = directory.IdsOf(names);
                }

                if (!ids.SequenceEqual(paper.AuthorIds))
                {
                    relisted.Add((paper.Id, ids, edit.FieldSources.GetValueOrDefault("authors")));
                }

                placed ??= placements.ToDictionary(placement => placement.PaperId, placement => placement.TopicId, StringComparer.Ordinal);
                if (edit.TopicId is { } topic && topic != placed.GetValueOrDefault(paper.Id))
                {
                    moved.Add((paper.Id, topic));
                }
            }

            if (paper.RelinkedBy is not null || ids != paper.AuthorIds)
            {
                authorIds[paper.Id] = ids;
            }
        }

        return (authorIds.ToImmutable(), Authors(people.Authors, directory?.Created.Values ?? [], relisted), Topics(topics, editedTopics, moved));
    }

    /// <summary>A topic an editor created by moving papers into an id no topic had: labelled from its id until a topic file says better.</summary>
    public static Topic NewTopic(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        var label = words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
        return new Topic(id, label, [], null, []);
    }

    private static ImmutableArray<Topic> Topics(ImmutableArray<Topic> topics, IReadOnlyDictionary<string, Topic> edited, List<(string Id, string TopicId)> moved)
    {
        if (edited.Count == 0 && moved.Count == 0)
        {
            return topics;
        }

        var known = topics.Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var emptyBefore = topics.Where(topic => topic.PaperIds.IsEmpty).Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var created = moved.Select(paper => paper.TopicId).Concat(edited.Keys)
            .Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal)
            .Select(id => edited.GetValueOrDefault(id) ?? NewTopic(id));

        return [.. topics.Select(topic => edited.GetValueOrDefault(topic.Id) ?? topic)
            .Concat(created)
            .Select(topic => topic with
            {
                PaperIds = Relink(topic.PaperIds,
                    moved.Where(paper => paper.TopicId == topic.Id).Select(paper => paper.Id),
                    moved.Where(paper => paper.TopicId != topic.Id).Select(paper => paper.Id)),
            })
            .Where(topic => topic.PaperIds.Length > 0 || emptyBefore.Contains(topic.Id))];
    }

    private static ImmutableArray<Author> Authors(ImmutableArray<Author> authors, IEnumerable<Author> created, List<(string Id, ImmutableArray<string> AuthorIds, SourceRef? Source)> relisted)
    {
        // Authors are made up only for an author list that changed a paper's ids; with none, no paper list changes.
        if (relisted.Count == 0)
        {
            return authors;
        }

        var emptyBefore = authors.Where(author => author.PaperIds.IsEmpty).Select(author => author.Id).ToHashSet(StringComparer.Ordinal);
        return [.. authors.Concat(created.OrderBy(author => author.Id, StringComparer.Ordinal))
            .Select(author =>
            {
                var paperIds = Relink(author.PaperIds,
                    relisted.Where(paper => paper.AuthorIds.Contains(author.Id)).Select(paper => paper.Id),
                    relisted.Where(paper => !paper.AuthorIds.Contains(author.Id)).Select(paper => paper.Id));
                // An override's author list that added or removed the author is where their paper list now comes from.
                var editedBy = relisted
                    .Where(paper => paper.AuthorIds.Contains(author.Id) != author.PaperIds.Contains(paper.Id))
                    .Select(paper => paper.Source)
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

    /// <summary>The ids kept in their order, less the removed, then the added ones not yet there.</summary>
    private static ImmutableArray<string> Relink(ImmutableArray<string> ids, IEnumerable<string> added, IEnumerable<string> removed)
    {
        var gone = removed.ToHashSet(StringComparer.Ordinal);
        var kept = ids.Where(id => !gone.Contains(id)).ToList();
        return [.. kept.Concat(added.Where(id => !kept.Contains(id)))];
    }
}
