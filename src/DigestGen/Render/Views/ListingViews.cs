using System.Collections.Immutable;
using DigestGen.Render.Templates;

namespace DigestGen.Render.Views;

/// <summary>
/// Page links of a paginated listing; <see cref="Pages"/> is a short window around the current page. <see cref="Total"/>
/// (the number of pages) is null where a page leaves it out: the all-papers listing's older pages stay the same from
/// night to night only without it.
/// </summary>
public sealed record PagerView(int Current, int? Total, string? PreviousUrl, string? NextUrl, ImmutableArray<LinkView> Pages)
{
    /// <summary>The words on the previous and next links: listings run newest first, a day's pages by rank.</summary>
    public string PreviousLabel { get; init; } = "← Newer";

    public string NextLabel { get; init; } = "Older →";
}

/// <summary>
/// One page of all papers (<see cref="ViewFactory.PapersIndex"/>): papers <see cref="First"/> to <see cref="Last"/>,
/// counted from the first the digest added; <see cref="Total"/> only on the newest page (null on the others).
/// </summary>
public sealed record PapersIndexView(ImmutableArray<PaperCard> Papers, int? Total, int First, int Last, PagerView Pager);

/// <summary>One author on the index; <see cref="Url"/> is null for an author without a page, and <see cref="LatestUrl"/> then links their latest paper.</summary>
public sealed record AuthorCard(string Name, string? Url, int PaperCount, string? Latest, string? LatestUrl);

public sealed record AuthorsIndexView(ImmutableArray<AuthorCard> Authors, int Total, int First, int Last, PagerView Pager);

/// <summary>The home page: the digest of the as-of day; <see cref="Staleness"/> says so when its newest papers are older.</summary>
public sealed record HomeView(
    string DayLabel,
    LinkView? DayLink,
    string? Staleness,
    ImmutableArray<PaperCard> Picks,
    ImmutableArray<PaperCard> Trending,
    ImmutableArray<PaperCard> NewPapers,
    int NewCount,
    ImmutableArray<TopicCard> HotTopics,
    TrustedHtml Chart,
    int PaperCount,
    int AuthorCount,
    int TopicCount);
