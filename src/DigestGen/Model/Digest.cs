using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>The whole merged, computed, curated and ranked content of one build: what render and search consume.</summary>
public sealed record Digest(
    DateOnly AsOf,
    ImmutableArray<Paper> Papers,
    ImmutableArray<Author> Authors,
    ImmutableArray<Topic> Topics)
{
    /// <summary>
    /// Joins each stage's records into the digest's papers. This is the one place hidden papers and hidden topics
    /// leave: they get no paper, no related-paper link, no place in a topic's or author's list, so no page, feed or
    /// search index can show them. A topic or author left with no papers goes too, unless it had none before.
    /// </summary>
    /// <param name="placements">Compute's results; empty when compute did not run (<c>check</c>).</param>
    /// <param name="curations">The editors' changes, by paper id; papers no override touched are not in it.</param>
    /// <param name="authorIds">The author ids of the papers whose ids the editors' overrides changed, by paper id; any other paper keeps merge's.</param>
    /// <param name="authors">The authors after the editors' overrides.</param>
    /// <param name="topics">The topics after the editors' overrides, hidden ones included.</param>
    public static Digest Join(
        DateOnly asOf,
        ImmutableArray<MergedPaper> papers,
        ImmutableArray<PaperPlacement> placements,
        IReadOnlyDictionary<string, PaperCuration> curations,
        IReadOnlyDictionary<string, ImmutableArray<string>> authorIds,
        ImmutableArray<Author> authors,
        ImmutableArray<Topic> topics)
    {
        var hidden = curations.Where(pair => pair.Value.Hidden).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var hiddenTopics = topics.Where(topic => topic.Hidden).Select(topic => topic.Id).ToHashSet(StringComparer.Ordinal);
        var placed = placements.ToDictionary(placement => placement.PaperId, StringComparer.Ordinal);
        var joined = papers
            .Where(paper => !hidden.Contains(paper.Id))
            .Select(paper =>
            {
                var placement = placed.GetValueOrDefault(paper.Id);
                var curation = curations.GetValueOrDefault(paper.Id) ?? PaperCuration.None;
                var topic = curation.TopicId ?? placement?.TopicId;
                return Paper.Join(paper, placement, curation, authorIds.GetValueOrDefault(paper.Id, paper.AuthorIds),
                    topic is not null && hiddenTopics.Contains(topic) ? null : topic,
                    placement is null ? [] : [.. placement.RelatedIds.Where(id => !hidden.Contains(id))]);
            })
            .ToImmutableArray();

        return new Digest(
            asOf,
            joined,
            // With no hidden paper, every author and topic keeps its list: 120,000 authors are not copied for nothing.
            hidden.Count == 0 ? authors : [.. authors
                .Select(author => author with { PaperIds = [.. author.PaperIds.Where(id => !hidden.Contains(id))] })
                .Where((author, index) => author.PaperIds.Length > 0 || authors[index].PaperIds.IsEmpty)],
            [.. topics
                .Where(topic => !topic.Hidden)
                .Select(topic => (Topic: hidden.Count == 0 ? topic : topic with { PaperIds = [.. topic.PaperIds.Where(id => !hidden.Contains(id))] }, Before: topic))
                .Where(pair => pair.Topic.PaperIds.Length > 0 || pair.Before.PaperIds.IsEmpty)
                .Select(pair => pair.Topic)]);
    }

    /// <summary>The digest with rank's results on its papers (every paper has one).</summary>
    public Digest Ranked(IReadOnlyDictionary<string, PaperRank> ranks) => this with
    {
        Papers = [.. Papers.Select(paper =>
        {
            var rank = ranks[paper.Id];
            return paper with { FirstSeen = rank.FirstSeen, Links = rank.Links, Trending = rank.Trending };
        })],
    };
}
