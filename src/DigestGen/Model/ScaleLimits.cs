namespace DigestGen.Model;

/// <summary>
/// What a large site leaves out so that it fits GitHub Pages' 1 GB site limit (docs/theme.md, "Large sites"). Above
/// <see cref="LargeSitePapers"/> visible papers: authors with fewer than <see cref="LargeSiteAuthorPageMinPapers"/>
/// papers get no page and no feed (the author index still lists them, paper pages show their names as text), author
/// feeds and activity charts need <see cref="LargeSiteAuthorFeedMinPapers"/> papers, paper pages list three related
/// papers by title and have no description, topic and day pages list papers one line each, topic and author feeds hold
/// 20 entries with the abstract's start, data/papers.json leaves out what each paper's page carries and authors.json
/// what papers.json already says (<see cref="LargeSiteDataOmits"/>, <see cref="LargeSiteAuthorDataOmits"/>), both
/// without null, false, zero and empty values, and search/index.json and docs.json are not written. Every page kind
/// stays. At 100,000 papers 109,000 of 120,000 authors have fewer than five papers: their pages were 340 MB, the feeds
/// of authors with 3–9 papers 130 MB, the fields left out of the data 260 MB. With these defaults a 100,000-paper site
/// is 888 MB (docs/bench.md, "Output size").
/// </summary>
/// <param name="LargeSitePapers">The largest site built whole; above it the rules below apply (the build log says so once).</param>
/// <param name="AuthorFeedMinPapers">Papers an author needs for an Atom feed of their own on any site.</param>
/// <param name="LargeSiteAuthorPageMinPapers">Papers an author needs for a page of their own on a large site.</param>
/// <param name="LargeSiteAuthorFeedMinPapers">Papers an author needs for an Atom feed of their own on a large site.</param>
public sealed record ScaleLimits(
    int LargeSitePapers = 20_000,
    int AuthorFeedMinPapers = 3,
    int LargeSiteAuthorPageMinPapers = 5,
    int LargeSiteAuthorFeedMinPapers = 10)
{
    /// <summary>
    /// The fields of data/papers.json a large site leaves out, because each paper's page shows them (abstract, related
    /// papers, links out, why it trends, "Where this comes from"): 80 % of the file.
    /// </summary>
    public static readonly IReadOnlyList<string> LargeSiteDataOmits = ["abstract", "relatedIds", "links", "trending", "sources", "fieldSources"];

    /// <summary>
    /// The fields of data/authors.json a large site leaves out: each author's paper ids (papers.json's authorIds say
    /// the same) and where their name came from; 70 % of the file.
    /// </summary>
    public static readonly IReadOnlyList<string> LargeSiteAuthorDataOmits = ["paperIds", "fieldSources"];

    public bool IsLarge(int papers) => papers > LargeSitePapers;

    /// <summary>Papers an author needs for a page of their own on a site of <paramref name="papers"/> papers.</summary>
    public int AuthorPageMinimum(int papers) => IsLarge(papers) ? LargeSiteAuthorPageMinPapers : 1;

    /// <summary>Papers an author needs for an Atom feed on a site of <paramref name="papers"/> papers (never fewer than for a page).</summary>
    public int AuthorFeedMinimum(int papers) => Math.Max(AuthorPageMinimum(papers), IsLarge(papers) ? LargeSiteAuthorFeedMinPapers : AuthorFeedMinPapers);
}
