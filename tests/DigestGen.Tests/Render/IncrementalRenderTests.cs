using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>
/// Rendering over last night's output: a page whose view did not change is kept as it is, never rendered again,
/// unless its file changed since or one of its templates reads the build date and the date moved on.
/// </summary>
public sealed class IncrementalRenderTests
{
    [Fact]
    public void An_unchanged_digest_renders_no_page_again_and_writes_the_same_site()
    {
        using var work = new TempFolder();
        var first = Render(CorpusDigest.Build(), RepoPaths.Theme, work);
        var before = Snapshot(work.Combine("site"));
        var second = Render(CorpusDigest.Build(), RepoPaths.Theme, work);

        Assert.Equal(0, first.Kept);
        Assert.Equal(second.Pages, second.Kept);
        Assert.Equal(before, Snapshot(work.Combine("site")));
    }

    // Topic, day and listing pages show hundreds of cards: unchanged, they are known so by their outlines, and no card is drawn.
    [Fact]
    public void Pages_of_cards_whose_outlines_did_not_change_are_kept_without_drawing_their_cards()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        Render(digest, RepoPaths.Theme, work);
        var second = Render(digest, RepoPaths.Theme, work);

        var index = new SiteIndex(digest);
        Assert.Equal(index.Topics.Sum(topic => ViewFactory.PageCount(index.PapersByTopic[topic.Id].Length, ViewFactory.TopicPageSize)), KeptUnbuilt(second, "topic"));
        Assert.Equal(index.Days.Sum(day => ViewFactory.PageCount(index.PapersByDay[day].Length, ViewFactory.DayPageSize)), KeptUnbuilt(second, "day"));
        Assert.Equal(ViewFactory.PapersPageCount(index.Papers.Length), KeptUnbuilt(second, "papers"));
    }

    // Feeds are known unchanged by their entries' cards (PageInputs.OfFeed): a retitled paper writes the feeds that
    // list it again, and the others are kept as they are.
    [Fact]
    public void Feeds_whose_entries_did_not_change_are_kept_and_those_listing_a_changed_paper_are_written_again()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        var first = Render(digest, RepoPaths.Theme, work);
        var feeds = first.Rendered.Keys.Count(IsFeed);
        var same = Render(digest, RepoPaths.Theme, work);
        var newest = new SiteIndex(digest).Papers.Order(PaperRanking.Newest).First();
        var changed = digest with { Papers = digest.Papers.Replace(newest, newest with { Title = "Retitled overnight" }) };
        var second = Render(changed, RepoPaths.Theme, work);

        Assert.Equal(0, first.FeedsKept);
        Assert.True(feeds > 3, "the test needs topic or author feeds besides the site's two");
        Assert.Equal(feeds, same.FeedsKept);
        Assert.InRange(second.FeedsKept, 1, feeds - 3); // the site's two feeds and the paper's topic's at least
        Assert.Contains("Retitled overnight", File.ReadAllText(work.Combine("site", "feed.xml")), StringComparison.Ordinal);
        Assert.Contains("Retitled overnight", File.ReadAllText(work.Combine("site", "feed.json")), StringComparison.Ordinal);
        Assert.Equal(Snapshot(RenderFresh(changed, RepoPaths.Theme, work.Combine("fresh"))), Snapshot(work.Combine("site")));
    }

    [Fact]
    public void A_changed_paper_is_rendered_again_and_the_pages_that_do_not_show_it_are_kept()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        Render(digest, RepoPaths.Theme, work);
        var paper = digest.Papers[0];
        var changed = digest with { Papers = [paper with { Abstract = "A new abstract, rewritten overnight." }, .. digest.Papers.Skip(1)] };
        var second = Render(changed, RepoPaths.Theme, work);

        Assert.Contains("A new abstract, rewritten overnight.", File.ReadAllText(work.Combine("site", "papers", paper.Id, "index.html")), StringComparison.Ordinal);
        Assert.InRange(second.Kept, 1, second.Pages - 2);
        Assert.Equal(Snapshot(RenderFresh(changed, RepoPaths.Theme, work.Combine("fresh"))), Snapshot(work.Combine("site")));
    }

    [Fact]
    public void A_page_changed_in_the_output_folder_since_is_rendered_again()
    {
        using var work = new TempFolder();
        var original = "";
        var (second, search) = RenderAgainAfterChanging(work, page =>
        {
            original = File.ReadAllText(page);
            File.WriteAllText(page, "edited by hand");
        });

        Assert.Equal(second.Pages - 1, second.Kept);
        Assert.Equal(original, File.ReadAllText(search));
    }

    // What makes keeping cheap: a kept page's file is not read when its size and write time are those it was published
    // with. Shown here by bytes swapped behind the build's back with the stamp put back, which nothing but a deliberate
    // forgery does; an edit by hand moves the write time (the test above).
    [Fact]
    public void A_page_whose_file_still_has_its_published_size_and_write_time_is_kept_without_being_read()
    {
        using var work = new TempFolder();
        var forged = "";
        var (second, search) = RenderAgainAfterChanging(work, page =>
        {
            var published = File.GetLastWriteTimeUtc(page);
            forged = new string('x', (int)new FileInfo(page).Length);
            File.WriteAllText(page, forged);
            File.SetLastWriteTimeUtc(page, published);
        });

        Assert.Equal(second.Pages, second.Kept);
        Assert.Equal(forged, File.ReadAllText(search));
    }

    [Fact]
    public void A_page_touched_since_with_its_bytes_unchanged_is_read_hashed_and_kept_with_its_new_stamp()
    {
        using var work = new TempFolder();
        var touched = DateTime.MinValue;
        var (second, _) = RenderAgainAfterChanging(work, page =>
        {
            touched = File.GetLastWriteTimeUtc(page).AddMinutes(5);
            File.SetLastWriteTimeUtc(page, touched);
        });

        Assert.Equal(second.Pages, second.Kept);
        Assert.Equal(touched.Ticks, second.Rendered["search/index.html"].Stamp!.WriteTicks);
    }

    [Fact]
    public void A_page_whose_template_reads_the_build_date_is_rendered_again_when_the_date_moves_on()
    {
        using var work = new TempFolder();
        using var theme = new TempFolder();
        FolderCopy.Run(RepoPaths.Theme, theme.Path);
        var searchTemplate = theme.Combine("templates", "search.sbn");
        File.WriteAllText(searchTemplate, File.ReadAllText(searchTemplate) + "<p class=\"built\">{{ site.as_of_iso }}</p>");
        var digest = CorpusDigest.Build();
        var first = Render(digest, theme.Path, work);
        var next = digest with { AsOf = digest.AsOf.AddDays(1) };
        var second = Render(next, theme.Path, work);

        Assert.Equal(Display.Iso(digest.AsOf), first.Rendered["search/index.html"].Date);
        Assert.Null(first.Rendered["404.html"].Date);
        Assert.Contains($"<p class=\"built\">{Display.Iso(next.AsOf)}</p>", File.ReadAllText(work.Combine("site", "search", "index.html")), StringComparison.Ordinal);
        Assert.Equal(Display.Iso(next.AsOf), second.Rendered["search/index.html"].Date);
        Assert.True(second.Kept > 0, "a new build date made every page render again, not only those whose templates read it");
    }

    [Fact]
    public void Paper_and_author_pages_whose_records_did_not_change_are_kept_without_building_their_views_the_next_day()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        var first = Render(digest, RepoPaths.Theme, work);
        var next = digest with { AsOf = digest.AsOf.AddDays(1) };
        var second = Render(next, RepoPaths.Theme, work);

        var index = new SiteIndex(digest);
        Assert.Empty(first.KeptUnbuilt);
        Assert.Equal(index.Papers.Length + index.Authors.Count(author => index.HasPage(author.Id)), KeptUnbuilt(second, "paper", "author"));
        Assert.Equal(Snapshot(RenderFresh(next, RepoPaths.Theme, work.Combine("fresh"))), Snapshot(work.Combine("site")));
    }

    // The all-papers listing is numbered from the oldest paper (ViewFactory.PapersIndex): a night's new papers fill its
    // newest pages, and the older pages, but for the three whose page links reach the newest, stay as they were.
    [Fact]
    public void A_nights_new_papers_change_only_the_newest_pages_of_the_all_papers_listing()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build(trending: 400, arxiv: 250);
        // Without abstracts: this many arXiv records hold math KaTeX refuses (a warning), and no listing shows them.
        var arrived = digest.Papers.Select((paper, at) => paper with { Abstract = null, FirstSeen = digest.AsOf.AddDays(at < digest.Papers.Length - 150 ? -30 : 0) }).ToList();
        var yesterday = digest with { AsOf = digest.AsOf.AddDays(-1), Papers = [.. arrived.Where(paper => paper.FirstSeen < digest.AsOf)] };
        var tonight = digest with { Papers = [.. arrived] };
        Render(yesterday, RepoPaths.Theme, work);
        var before = Snapshot(work.Combine("site"));
        var second = Render(tonight, RepoPaths.Theme, work);
        var after = Snapshot(work.Combine("site"));

        var olderPages = ViewFactory.PapersPageCount(new SiteIndex(yesterday).Papers.Length) - 1;
        var listing = after.Keys.Where(path => path.StartsWith("papers/page/", StringComparison.Ordinal)).ToList();
        Assert.True(olderPages > 3, "the test needs older pages beyond the newest's page links");
        Assert.Equal(olderPages - 3, listing.Count(path => before.GetValueOrDefault(path) == after[path]));
        // Known unchanged by their outlines, none of their cards drawn (PageInputs.OfOutline).
        Assert.Equal(olderPages - 3, KeptUnbuilt(second, "papers"));
        Assert.Equal(before["papers/page/1/index.html"], after["papers/page/1/index.html"]);
        Assert.Equal(Snapshot(RenderFresh(tonight, RepoPaths.Theme, work.Combine("fresh"))), after);
    }

    // What PageInputs leaves out of a paper's record as no paper or author page shows it, moved overnight for every
    // paper as a nightly moves them: a page that showed either would differ from the full build here.
    [Fact]
    public void Map_points_and_the_scores_of_papers_not_trending_move_no_paper_or_author_page()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        Render(digest, RepoPaths.Theme, work);
        var moved = digest with
        {
            Papers = [.. digest.Papers.Select(paper => paper with
            {
                MapPoint = new MapPoint(0.5, 0.5),
                Trending = paper.Trending is { IsTrending: false } score ? score with { Total = score.Total / 2 } : paper.Trending,
            })],
        };
        var second = Render(moved, RepoPaths.Theme, work);

        var index = new SiteIndex(moved);
        Assert.Contains(digest.Papers, paper => paper.Trending is { IsTrending: false });
        Assert.Equal(index.Papers.Length + index.Authors.Count(author => index.HasPage(author.Id)), KeptUnbuilt(second, "paper", "author"));
        Assert.Equal(Snapshot(RenderFresh(moved, RepoPaths.Theme, work.Combine("fresh"))), Snapshot(work.Combine("site")));
    }

    // What a card leaves out of a paper's record (PageInputs) changed overnight: the paper's own page shows it and is
    // rendered again; the pages that show the paper's card are kept, and would differ from the full build here if
    // their cards showed any of it.
    [Fact]
    public void What_no_card_shows_changed_renders_the_papers_own_page_alone_again()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        Render(digest, RepoPaths.Theme, work);
        var index = new SiteIndex(digest);
        var paper = index.Papers.First(paper => index.Papers.Any(other => other.RelatedIds.Contains(paper.Id)) && paper.RelatedIds.Length > 1);
        var changed = paper with
        {
            Sources = [.. paper.Sources, new SourceRef("trending-2.txt", DumpShape.TrendingList, 7)],
            FieldSources = paper.FieldSources.SetItem("title", new SourceRef("trending-2.txt", DumpShape.TrendingList, 7)),
            RelatedIds = [.. paper.RelatedIds.Reverse()],
            EditorNote = "A note added overnight.",
            EditedBy = ["overrides/overnight.md"],
        };
        var next = digest with { Papers = digest.Papers.Replace(digest.Papers.Single(other => other.Id == paper.Id), changed) };
        var second = Render(next, RepoPaths.Theme, work);

        Assert.Contains("A note added overnight.", File.ReadAllText(work.Combine("site", "papers", paper.Id, "index.html")), StringComparison.Ordinal);
        Assert.Equal(index.Papers.Length + index.Authors.Count(author => index.HasPage(author.Id)) - 1, KeptUnbuilt(second, "paper", "author"));
        Assert.Equal(Snapshot(RenderFresh(next, RepoPaths.Theme, work.Combine("fresh"))), Snapshot(work.Combine("site")));
    }

    /// <summary>
    /// Each kind of input a paper, author or topic page has besides its own record (<see cref="PageInputs"/>), changed
    /// overnight, and whether every paper and author page shows it.
    /// </summary>
    public static TheoryData<string, bool> InputChanges => new()
    {
        { "a related paper's title", false },
        { "a card on a topic page", false },
        { "a topic's label", false },
        { "a co-author's name", false },
        { "an author's page", false },
        { "the base URL", true },
        { "a template", true },
    };

    [Theory]
    [MemberData(nameof(InputChanges))]
    public void A_page_whose_inputs_changed_overnight_is_rendered_again_as_a_full_build_renders_it(string change, bool everyPage)
    {
        using var work = new TempFolder();
        using var theme = new TempFolder();
        FolderCopy.Run(RepoPaths.Theme, theme.Path);
        var digest = CorpusDigest.Build();
        var settings = new RenderSettings(theme.Path, "/", RepoPaths.NodeModules, work.Combine("cache"));
        if (change == "an author's page")
        {
            // On a large site only authors with two papers here get a page.
            settings = settings with { Scale = new ScaleLimits(LargeSitePapers: 10, LargeSiteAuthorPageMinPapers: 2) };
        }

        Render(digest, work, settings);
        var before = Snapshot(work.Combine("site"));
        var (next, nextSettings, page) = Change(change, digest, settings);
        var second = Render(next, work, nextSettings);

        Assert.NotEqual(before[page], Snapshot(work.Combine("site"))[page]);
        Assert.InRange(KeptUnbuilt(second), everyPage ? 0 : 1, everyPage ? 0 : second.Pages - 1);
        Assert.Equal(Snapshot(RenderFresh(next, work.Combine("fresh"), nextSettings with { CacheDirectory = null })), Snapshot(work.Combine("site")));
    }

    [Fact]
    public void Without_KaTeX_every_page_view_is_built_and_compared_as_the_math_is_this_builds_own()
    {
        using var work = new TempFolder();
        var digest = CorpusDigest.Build();
        var settings = new RenderSettings(RepoPaths.Theme, "/", null, work.Combine("cache"));
        Render(digest, work, settings);
        var second = Render(digest, work, settings);

        Assert.Empty(second.KeptUnbuilt);
        Assert.Equal(0, second.FeedsKept);
        Assert.Equal(second.Pages, second.Kept);
    }

    private static (Digest Next, RenderSettings Settings, string Page) Change(string change, Digest digest, RenderSettings settings)
    {
        var index = new SiteIndex(digest, settings.Scale);
        Digest Replace(Paper paper, Paper with) => digest with { Papers = digest.Papers.Replace(paper, with) };
        string PaperPage(Paper paper) => $"papers/{paper.Id}/index.html";
        switch (change)
        {
            case "a related paper's title":
            {
                var paper = index.Papers.First(paper => paper.RelatedIds.Any(index.PaperById.ContainsKey));
                var related = index.PaperById[paper.RelatedIds.First(index.PaperById.ContainsKey)];
                return (Replace(related, related with { Title = "Retitled overnight" }), settings, PaperPage(paper));
            }

            case "a card on a topic page":
            {
                var topic = index.Topics[0];
                var paper = index.PapersByTopic[topic.Id][0];
                return (Replace(paper, paper with { Title = "Retitled overnight" }), settings, $"topics/{topic.Id}/index.html");
            }

            case "a topic's label":
            {
                var topic = digest.Topics.First(topic => index.TopicById.ContainsKey(topic.Id));
                var paper = index.PapersByTopic[topic.Id][0];
                return (digest with { Topics = digest.Topics.Replace(topic, topic with { Label = "Relabelled overnight" }) }, settings, PaperPage(paper));
            }

            case "a co-author's name":
            {
                var paper = index.Papers.First(paper => paper.AuthorIds.Distinct().Count() > 1);
                var renamed = index.AuthorById[paper.AuthorIds[1]];
                return (digest with { Authors = digest.Authors.Replace(renamed, renamed with { Name = "Renamed Overnight" }) }, settings, $"authors/{paper.AuthorIds[0]}/index.html");
            }

            case "an author's page":
            {
                // An author of one paper gets a second: the first paper's page, unchanged itself, now links the author.
                var paper = index.Papers.First(paper => paper.AuthorIds.Any(id => index.PapersByAuthor[id].Length == 1));
                var author = paper.AuthorIds.First(id => index.PapersByAuthor[id].Length == 1);
                var other = index.Papers.First(other => !other.AuthorIds.Contains(author));
                var name = paper.Authors[paper.AuthorIds.IndexOf(author)];
                return (Replace(other, other with { Authors = other.Authors.Add(name), AuthorIds = other.AuthorIds.Add(author) }), settings, PaperPage(paper));
            }

            case "the base URL":
                return (digest, settings with { BaseUrl = "https://example.org/digest/" }, PaperPage(index.Papers[0]));

            default:
            {
                var template = Path.Combine(settings.ThemeDirectory, "templates", "paper.sbn");
                File.WriteAllText(template, File.ReadAllText(template) + "<p>changed overnight</p>");
                return (digest, settings, PaperPage(index.Papers[0]));
            }
        }
    }

    /// <summary>Renders the corpus digest, lets <paramref name="change"/> do something to the published search page, and renders again.</summary>
    private static (RenderResult Second, string SearchPage) RenderAgainAfterChanging(TempFolder work, Action<string> change)
    {
        Render(CorpusDigest.Build(), RepoPaths.Theme, work);
        var search = work.Combine("site", "search", "index.html");
        change(search);
        return (Render(CorpusDigest.Build(), RepoPaths.Theme, work), search);
    }

    private static bool IsFeed(string path) => path == "feed.json" || path.EndsWith("feed.xml", StringComparison.Ordinal);

    /// <summary>Pages <paramref name="result"/> kept without building their views, of the <paramref name="templates"/> given (else all).</summary>
    private static int KeptUnbuilt(RenderResult result, params string[] templates) =>
        result.KeptUnbuilt.Where(pair => templates.Length == 0 || templates.Contains(pair.Key)).Sum(pair => pair.Value);

    /// <summary>Renders into work/site over what is there, with work/cache, and publishes, as a build does.</summary>
    private static RenderResult Render(Digest digest, string theme, TempFolder work) =>
        Render(digest, work, new RenderSettings(theme, "/", RepoPaths.NodeModules, work.Combine("cache")));

    private static RenderResult Render(Digest digest, TempFolder work, RenderSettings settings)
    {
        using var writer = new SiteWriter(work.Combine("site"), []);
        var result = RenderSite.Run(digest, settings, writer);
        Assert.Empty(result.Problems);
        writer.Finish();
        RenderedPages.Save(settings.CacheDirectory!, result.Rendered, writer.PublishedStamp);
        return result;
    }

    private static string RenderFresh(Digest digest, string theme, string output) =>
        RenderFresh(digest, output, new RenderSettings(theme, "/", RepoPaths.NodeModules));

    private static string RenderFresh(Digest digest, string output, RenderSettings settings)
    {
        using var writer = new SiteWriter(output, []);
        RenderSite.Run(digest, settings, writer);
        writer.Finish();
        return output;
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), path => ContentHash.Of(File.ReadAllBytes(path))),
        StringComparer.Ordinal);
}
