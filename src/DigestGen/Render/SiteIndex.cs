using System.Collections.Frozen;
using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Render;

/// <summary>
/// The lookups every page needs, computed once so that rendering is linear in the size of the digest:
/// papers by id, author, topic and day, and the trending order. Hidden papers and topics are not in the digest
/// (<see cref="Digest.Join"/>).
/// </summary>
internal sealed class SiteIndex
{
    public SiteIndex(Digest digest, ScaleLimits? limits = null)
    {
        AsOf = digest.AsOf;
        var papers = Papers = [.. digest.Papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)];
        var paperById = PaperById = Papers.ToFrozenDictionary(paper => paper.Id, StringComparer.Ordinal);
        // The orders below are independent sorts of 100,000 papers on a large site: they run side by side rather than
        // one after the other before the first page.
        var ranked = Task.Run(() => papers.Order(PaperRanking.Trending).ToImmutableArray());
        var byAuthor = Task.Run(() => ByAuthor(papers));
        var byDay = Task.Run(() => papers
            .Where(paper => paper.Day is not null)
            .GroupBy(paper => paper.Day!.Value)
            .ToImmutableSortedDictionary(group => group.Key, group => group.Order(PaperRanking.Trending).ToImmutableArray()));
        Topics = [.. digest.Topics
            .Select(topic => topic with { PaperIds = [.. topic.PaperIds.Where(paperById.ContainsKey)] })
            .Where(topic => topic.PaperIds.Length > 0)
            .OrderByDescending(topic => topic.PaperIds.Length)
            .ThenBy(topic => topic.Label, StringComparer.Ordinal)
            .ThenBy(topic => topic.Id, StringComparer.Ordinal)];
        TopicById = Topics.ToFrozenDictionary(topic => topic.Id, StringComparer.Ordinal);
        PapersByTopic = Topics.ToFrozenDictionary(
            topic => topic.Id,
            topic => topic.PaperIds.Select(id => paperById[id]).Order(PaperRanking.Trending).ToImmutableArray(),
            StringComparer.Ordinal);

        Ranked = ranked.GetAwaiter().GetResult();
        PapersByAuthor = byAuthor.GetAwaiter().GetResult();
        Authors = [.. digest.Authors
            .Where(author => PapersByAuthor.ContainsKey(author.Id))
            .OrderBy(author => author.Id, StringComparer.Ordinal)];
        AuthorById = Authors.ToFrozenDictionary(author => author.Id, StringComparer.Ordinal);
        Limits = limits ?? new ScaleLimits();
        authorPageMinimum = Limits.AuthorPageMinimum(Papers.Length);
        authorFeedMinimum = Limits.AuthorFeedMinimum(Papers.Length);

        PapersByDay = byDay.GetAwaiter().GetResult();
        Days = [.. PapersByDay.Keys];
    }

    /// <summary>Each author's papers, newest first.</summary>
    private static FrozenDictionary<string, ImmutableArray<Paper>> ByAuthor(ImmutableArray<Paper> papers)
    {
        var byAuthor = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            foreach (var authorId in paper.AuthorIds.Distinct(StringComparer.Ordinal))
            {
                if (!byAuthor.TryGetValue(authorId, out var list))
                {
                    byAuthor[authorId] = list = [];
                }

                list.Add(paper);
            }
        }

        return byAuthor.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Order(PaperRanking.Newest).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    public DateOnly AsOf { get; }

    /// <summary>Visible papers, by id.</summary>
    public ImmutableArray<Paper> Papers { get; }

    /// <summary>Visible papers in trending order (trending score, then newest).</summary>
    public ImmutableArray<Paper> Ranked { get; }

    public FrozenDictionary<string, Paper> PaperById { get; }

    /// <summary>Authors with at least one visible paper, by id: the author index lists them all, <see cref="HasPage"/> says which have a page.</summary>
    public ImmutableArray<Author> Authors { get; }

    public FrozenDictionary<string, Author> AuthorById { get; }

    /// <summary>Each author's visible papers, newest first.</summary>
    public FrozenDictionary<string, ImmutableArray<Paper>> PapersByAuthor { get; }

    /// <summary>Visible topics with at least one visible paper, largest first.</summary>
    public ImmutableArray<Topic> Topics { get; }

    public FrozenDictionary<string, Topic> TopicById { get; }

    /// <summary>Each topic's visible papers in trending order.</summary>
    public FrozenDictionary<string, ImmutableArray<Paper>> PapersByTopic { get; }

    /// <summary>Papers by <see cref="Paper.Day"/>: publication date, else the day DigestGen first saw them.</summary>
    public ImmutableSortedDictionary<DateOnly, ImmutableArray<Paper>> PapersByDay { get; }

    /// <summary>Every day with at least one paper, oldest first.</summary>
    public ImmutableArray<DateOnly> Days { get; }

    private readonly int authorPageMinimum;
    private readonly int authorFeedMinimum;

    /// <summary>What this site leaves out at its size (<see cref="ScaleLimits"/>).</summary>
    public ScaleLimits Limits { get; }

    /// <summary>Whether the site is over <see cref="ScaleLimits.LargeSitePapers"/> and leaves out what a large site does.</summary>
    public bool IsLarge => Limits.IsLarge(Papers.Length);

    /// <summary>Whether the author has a page of their own: any author on a small site, enough papers on a large one.</summary>
    public bool HasPage(string authorId) => PapersByAuthor.TryGetValue(authorId, out var papers) && papers.Length >= authorPageMinimum;

    /// <summary>Whether the author has an Atom feed of their own (enough papers, <see cref="ScaleLimits.AuthorFeedMinimum"/>).</summary>
    public bool HasFeed(Author author) => PapersByAuthor[author.Id].Length >= authorFeedMinimum;

    public Topic? TopicOf(Paper paper) => paper.TopicId is { } id ? TopicById.GetValueOrDefault(id) : null;

    /// <summary>The digest's day: the as-of date, or the latest day before it that has papers.</summary>
    public DateOnly? LatestDay()
    {
        DateOnly? latest = null;
        foreach (var day in Days)
        {
            if (day <= AsOf)
            {
                latest = day;
            }
        }

        return latest ?? (Days.IsEmpty ? null : Days[^1]);
    }
}
