using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render.Feeds;
using DigestGen.Render.Pictures;
using DigestGen.Render.Templates;
using DigestGen.Render.Text;
using DigestGen.Render.Views;
using Scriban.Syntax;

namespace DigestGen.Render;

/// <summary>
/// Render stage: every page, feed and picture of the site, handed to the sink. Templates are parsed once and
/// pages rendered in parallel (one template context per thread); every lookup a page needs is precomputed in
/// <see cref="SiteIndex"/>, so the work grows linearly with the digest.
/// </summary>
public static class RenderSite
{
    private const int FeedSize = 50;

    /// <summary>
    /// Entries of a large site's topic and author feeds: a reader polls for what is new, and 693 topic feeds of 50
    /// whole abstracts were 68 MB of a 100,000-paper site.
    /// </summary>
    public const int LargeSiteFeedSize = 20;

    /// <summary>
    /// Author feeds, and a large site's topic feeds, carry the start of each abstract, not all of it: 26,000 authors of
    /// a 100,000-paper site have one, and full abstracts made them 300 MB of a site GitHub Pages caps at 1 GB. Each
    /// entry links the paper's page.
    /// </summary>
    public const int FeedSummaryLength = 280;

    public static RenderResult Run(Digest digest, RenderSettings settings, IOutputSink sink)
    {
        using var theme = PreparedTheme.Load(settings);
        return Run(digest, settings, sink, theme);
    }

    /// <summary>Renders with a <paramref name="theme"/> read beforehand (<see cref="PreparedTheme.Load"/>) from the same <paramref name="settings"/>.</summary>
    public static RenderResult Run(Digest digest, RenderSettings settings, IOutputSink sink, PreparedTheme theme)
    {
        var index = new SiteIndex(digest, settings.Scale);
        var urls = new SiteUrls(settings.BaseUrl);
        var (templates, problems) = (theme.Templates, theme.Problems);
        // The serial set-up before the pages overlaps where it can: math (reading every abstract, verifying the cached
        // markup) needs only the papers, so it runs beside the assets, the notes and the fingerprints' first hash.
        var typesetting = Task.Run(() => MathRenderer.Render(
            index.Papers.Where(paper => paper.Abstract is not null).SelectMany(paper => TexTokenizer.MathIn(paper.Abstract!)),
            theme.Math));
        var cards = Task.Run(() => PageInputs.CardsOf(index));
        var versions = ThemeAssets.Copy(settings.ThemeDirectory, settings.Math == MathOutput.Html ? settings.NodeModulesDirectory : null, sink);
        var (notes, noteProblems) = EditorNotes(index);
        var site = Site(settings, urls, index, versions);
        var fingerprints = PageFingerprints.Create(Path.Combine(settings.ThemeDirectory, "templates"), site);
        var math = typesetting.GetAwaiter().GetResult();
        var views = new ViewFactory(index, urls, math, settings.Math == MathOutput.Html, notes);

        var renderer = new PageRenderer(templates, site, urls, views, sink, fingerprints, theme.PreviousPages);
        var inputs = new PageInputs(fingerprints, index, views, settings.BaseUrl, math.Identity, cards.GetAwaiter().GetResult());
        // KaTeX's refusals need only the papers and the math: found beside the pages, not after them.
        var untypeset = Task.Run(() => UntypesetMath(index, math).ToList());
        var pictures = new OpenGraphPictures(settings.CacheDirectory);
        var images = OpenGraphImages(index, urls, settings, pictures).ToList();
        var feeds = 0;
        // Pictures and feeds need no page, so they are written beside the pages rather than after them; only the
        // sitemap waits for the pages it lists.
        Parallel.Invoke(
            () =>
            {
                if (problems.IsEmpty)
                {
                    // One page at a time, not in chunks that grow to hundreds: the last pages (topic, day and listing
                    // pages, the heaviest) would otherwise sit in one thread's chunk while the other threads idle. One
                    // thread a core: the thread pool otherwise grows the loop to 10–22 threads over a long render (10,000
                    // papers), each with its own template context, switching on two cores.
                    Parallel.ForEach(
                        Partitioner.Create(Pages(index, urls, inputs, settings), EnumerablePartitionerOptions.NoBuffering),
                        new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                        renderer.Render);
                }
            },
            () =>
            {
                Parallel.ForEach(images, image => sink.Add(new OutputFile(image.Path, image.Draw())));
                feeds = Feeds(index, urls, settings, inputs, renderer, sink);
            });
        WriteSitemap(renderer.Indexed, urls, sink);

        ImmutableArray<string> buildNotes = [.. new[] { math.Problem, LargeSiteNote(index) }.OfType<string>()];
        var cacheUpdates = new List<CacheUpdate>();
        if (math.CacheUpdate is { } mathUpdate)
        {
            cacheUpdates.Add(mathUpdate);
        }

        if (pictures.Update() is { } picturesUpdate)
        {
            cacheUpdates.Add(picturesUpdate);
        }

        if (settings.CacheDirectory is { } cache)
        {
            cacheUpdates.Add(new CacheUpdate(Path.Combine(cache, RenderedPages.FileName), () => RenderedPages.Save(cache, renderer.Records, sink.PublishedStamp)));
        }

        return new RenderResult(renderer.Count, renderer.Count + images.Count + feeds,
            [.. problems, .. renderer.Problems, .. noteProblems, .. untypeset.GetAwaiter().GetResult()], buildNotes)
        {
            CacheUpdates = [.. cacheUpdates],
            Kept = renderer.Kept,
            FeedsKept = renderer.FeedsKept,
            KeptUnbuilt = renderer.KeptUnbuilt.ToImmutableSortedDictionary(StringComparer.Ordinal),
            PicturesDrawn = pictures.Drawn,
            Rendered = renderer.Records,
        };
    }

    /// <summary>
    /// The one line that tells the person building a large site what it leaves out (<see cref="ScaleLimits"/>), with
    /// the setting to change; null for a site within <see cref="ScaleLimits.LargeSitePapers"/>.
    /// </summary>
    private static string? LargeSiteNote(SiteIndex index)
    {
        if (!index.IsLarge)
        {
            return null;
        }

        var limits = index.Limits;

        var withoutPage = index.Authors.Count(author => !index.HasPage(author.Id));
        var feeds = index.Authors.Count(index.HasFeed);
        return $"large site ({Display.Count(index.Papers.Length)} papers, over --large-site {Display.Count(limits.LargeSitePapers)}): "
            + $"{Display.Count(withoutPage)} authors with fewer than {limits.LargeSiteAuthorPageMinPapers} papers get no page (listed under Authors; --author-page-min), "
            + $"author feeds and activity charts for {limits.LargeSiteAuthorFeedMinPapers}+ papers only ({Display.Count(feeds)}; --author-feed-min), "
            + $"topic and author feeds of {LargeSiteFeedSize} entries with {FeedSummaryLength}-character summaries, "
            + "related papers without author lines, topic and day pages one line a paper, "
            + $"data/papers.json without {string.Join(", ", ScaleLimits.LargeSiteDataOmits)}, authors.json without {string.Join(", ", ScaleLimits.LargeSiteAuthorDataOmits)}, "
            + "no search/index.json or docs.json";
    }

    /// <summary>Every editor's note as HTML, before the pages: a note shown as text instead is a warning at its file and line.</summary>
    private static (IReadOnlyDictionary<string, TrustedHtml> Notes, ImmutableArray<Diagnostic> Problems) EditorNotes(SiteIndex index)
    {
        var notes = new Dictionary<string, TrustedHtml>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var paper in index.Papers.Where(paper => paper.EditorNote is not null))
        {
            var (html, asMarkdown) = EditorMarkdown.Render(paper.EditorNote!);
            notes[paper.Id] = new TrustedHtml(html);
            if (!asMarkdown)
            {
                problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NoteNotRendered,
                    paper.EditorNoteSource?.File ?? paper.EditedBy.LastOrDefault() ?? paper.Id, paper.EditorNoteSource?.Line ?? 0,
                    $"the note on paper '{paper.Id}' nests too deeply to read as markdown; it is shown as plain text",
                    "Flatten the note: fewer nested quotes (>), lists or brackets."));
            }
        }

        return (notes, problems.ToImmutable());
    }

    /// <summary>One warning per paper whose abstract holds math KaTeX refused; the page shows that math as its TeX source.</summary>
    private static IEnumerable<Diagnostic> UntypesetMath(SiteIndex index, MathRenderer math)
    {
        var refused = math.Refused.ToHashSet();
        if (refused.Count == 0)
        {
            yield break;
        }

        // A refused expression's TeX is a substring of its abstract: only abstracts holding one are tokenized again.
        var refusedTex = SearchValues.Create([.. refused.Select(expression => expression.Tex).Distinct()], StringComparison.Ordinal);
        foreach (var paper in index.Papers.Where(paper => paper.Abstract is { } text && text.AsSpan().ContainsAny(refusedTex)))
        {
            var bad = TexTokenizer.MathIn(paper.Abstract!).Where(refused.Contains).Select(expression => expression.Tex).Distinct().ToList();
            if (bad.Count > 0)
            {
                var source = paper.FieldSources.GetValueOrDefault("abstract") ?? paper.Sources.FirstOrDefault();
                yield return new Diagnostic(Severity.Warning, DiagnosticCodes.MathNotTypeset, source?.File ?? paper.Id, source?.Line ?? 0,
                    $"paper '{paper.Id}': KaTeX cannot typeset {string.Join(", ", bad.Select(tex => $"${Display.Shorten(tex, 60)}$"))}; shown as TeX source",
                    "Fix the TeX in the dump (unbalanced braces, unknown commands), or override the paper's abstract.");
            }
        }
    }

    private static SiteView Site(RenderSettings settings, SiteUrls urls, SiteIndex index, IReadOnlyDictionary<string, string> versions)
    {
        string Versioned(string asset) => versions.TryGetValue(asset, out var hash) ? $"{urls.Asset(asset)}?v={hash}" : urls.Asset(asset);
        return new SiteView(
            settings.SiteTitle,
            settings.SiteTagline,
            urls.Home,
            urls.Search,
            urls.Papers(),
            urls.Topics,
            urls.Authors(),
            urls.Days,
            [
                new LinkView("Today", urls.Home),
                new LinkView("Papers", urls.Papers()),
                new LinkView("Topics", urls.Topics),
                new LinkView("Authors", urls.Authors()),
                new LinkView("Archive", urls.Days),
            ],
            Versioned(ThemeAssets.Stylesheet),
            Versioned(ThemeAssets.MathStylesheet),
            Versioned("icon.svg"),
            urls.File("feed.xml"),
            urls.File("feed.json"),
            urls.Ranking,
            Versioned("js/filters.js"),
            Display.Iso(index.AsOf));
    }

    /// <summary>Every HTML page of the site, built lazily so views are made on the rendering threads.</summary>
    private static IEnumerable<PageJob> Pages(SiteIndex index, SiteUrls urls, PageInputs inputs, RenderSettings settings)
    {
        var home = urls.Absolute(urls.HomeImage);
        PageMeta Meta(string url, string title, string description, string section, string type = "website", bool math = false, string? image = null) =>
            new(title, Display.Shorten(description, PageMeta.DescriptionLength), urls.Absolute(url), type, image ?? home, section, math);

        // A page of cards knows it is unchanged from its outline (PageInputs.OfOutline) without drawing a card.
        PageJob OfCards(string url, string template, string viewName, Func<ViewFactory, (object View, PageMeta Meta)> build) =>
            new(url, template, viewName, build) { Inputs = () => inputs.OfOutline(template, build) };

        yield return new PageJob(urls.Home, "home", "home", views => (views.Home(), Meta(urls.Home, settings.SiteTitle,
            $"{settings.SiteTagline}: {Display.LongDate(index.AsOf)} — {Display.Count(index.Papers.Length)} papers ranked, the newest first, grouped into topics.", "Today") with { HasFilters = true }));

        foreach (var paper in index.Papers)
        {
            var url = urls.Paper(paper.Id);
            // A large site's paper page has no description: it repeated the abstract's start, 20 MB at 100,000 papers.
            yield return new PageJob(url, "paper", "paper", views => (views.PaperPage(paper), Meta(url, paper.Title,
                index.IsLarge ? string.Empty : paper.Abstract is { } text ? TexHtml.ToPlainText(text) : $"{paper.Title} — {string.Join(", ", paper.Authors.Take(3))}",
                "Papers", "article", views.NeedsMathStylesheet(paper)))) { Inputs = () => inputs.OfPaper(paper) };
        }

        foreach (var author in index.Authors.Where(author => index.HasPage(author.Id)))
        {
            var url = urls.Author(author.Id);
            var feed = index.HasFeed(author) ? urls.AuthorFeed(author.Id) : null;
            yield return new PageJob(url, "author", "author", views => (views.AuthorPage(author), Meta(url, author.Name,
                $"{author.Name}: {ChartSeries.Plural(index.PapersByAuthor[author.Id].Length, "paper")} in the digest, co-authors and activity.", "Authors", "profile")
                with { FeedUrl = feed, FeedTitle = feed is null ? null : $"{settings.SiteTitle}: {author.Name}" })) { Inputs = () => inputs.OfAuthor(author) };
        }

        foreach (var topic in index.Topics)
        {
            var pages = ViewFactory.PageCount(index.PapersByTopic[topic.Id].Length, ViewFactory.TopicPageSize);
            for (var page = 1; page <= pages; page++)
            {
                var number = page;
                var url = urls.Topic(topic.Id, number);
                yield return OfCards(url, "topic", "topic", views => (views.TopicPage(topic, number), Meta(url, number == 1 ? topic.Label : $"{topic.Label}, page {number}",
                    topic.Description ?? $"{topic.Label}: {ChartSeries.Plural(index.PapersByTopic[topic.Id].Length, "paper")}, ranked, with activity over time.",
                    "Topics", image: urls.Absolute(urls.TopicImage(topic.Id))) with { FeedUrl = urls.TopicFeed(topic.Id), FeedTitle = $"{settings.SiteTitle}: {topic.Label}", HasFilters = true }));
            }
        }

        foreach (var day in index.Days)
        {
            var pages = ViewFactory.PageCount(index.PapersByDay[day].Length, ViewFactory.DayPageSize);
            for (var page = 1; page <= pages; page++)
            {
                var number = page;
                var url = urls.Day(day, number);
                yield return OfCards(url, "day", "day", views => (views.DayPage(day, number), Meta(url, number == 1 ? $"Papers of {Display.Date(day)}" : $"Papers of {Display.Date(day)}, page {number}",
                    $"The {ChartSeries.Plural(index.PapersByDay[day].Length, "paper")} of {Display.LongDate(day)}.", "Archive") with { HasFilters = true }));
            }
        }

        yield return new PageJob(urls.Days, "archive", "archive", views => (views.Archive(), Meta(urls.Days, "Archive",
            $"Every day of the digest on a calendar: {ChartSeries.Plural(index.Days.Length, "day")} with papers.", "Archive")));

        var arrived = index.Papers.Order(PaperRanking.Arrival).ToList();
        var paperPages = ViewFactory.PapersPageCount(arrived.Count);
        for (var page = 1; page <= paperPages; page++)
        {
            var number = page;
            var newestPage = number == paperPages;
            var url = newestPage ? urls.Papers() : urls.PapersPage(number);
            yield return OfCards(url, "papers", "listing", views => (views.PapersIndex(arrived, number), Meta(url,
                newestPage ? "All papers" : $"All papers, page {number}",
                newestPage ? $"All {Display.Count(arrived.Count)} papers of the digest, newest first."
                    : $"Papers {Display.Count(((number - 1) * ViewFactory.ListingPageSize) + 1)}–{Display.Count(number * ViewFactory.ListingPageSize)} of the digest, in the order it added them, newest first.",
                "Papers")));
        }

        var prolific = index.Authors
            .OrderByDescending(author => index.PapersByAuthor[author.Id].Length)
            .ThenBy(author => author.Name, StringComparer.Ordinal)
            .ThenBy(author => author.Id, StringComparer.Ordinal)
            .ToList();
        for (var page = 1; page <= ViewFactory.PageCount(prolific.Count); page++)
        {
            var number = page;
            var url = urls.Authors(number);
            yield return new PageJob(url, "authors", "listing", views => (views.AuthorsIndex(prolific, number), Meta(url,
                number == 1 ? "Authors" : $"Authors, page {number}", $"All {Display.Count(prolific.Count)} authors of the digest, most papers first.", "Authors")));
        }

        yield return new PageJob(urls.Topics, "topics", "topics", views => (views.TopicsIndex(), Meta(urls.Topics, "Topics",
            $"The {ChartSeries.Plural(index.Topics.Length, "topic")} the digest's papers fall into, with their activity.", "Topics")));

        yield return new PageJob(urls.Ranking, "ranking", "ranking", views => (views.Ranking(), Meta(urls.Ranking, "How trending works",
            "The trending score behind the home page's ranking: each factor, its weight, and a worked example from today's digest.", "Today")));

        yield return new PageJob(urls.Search, "search", "search", _ => (
            new SearchView([urls.Asset("js/lunr.min.js"), urls.Asset("js/search-index.js"), urls.Asset("js/search.js")]),
            Meta(urls.Search, "Search", "Search every paper of the digest by title, author, abstract and topic.", "Search")));

        var notFound = urls.File("404.html");
        yield return new PageJob(notFound, "not_found", "not_found", _ => (new SearchView([]),
            Meta(notFound, "Page not found", "This page does not exist (any more).", string.Empty) with { NoIndex = true }));
    }

    private static IEnumerable<(string Path, Func<byte[]> Draw)> OpenGraphImages(SiteIndex index, SiteUrls urls, RenderSettings settings, OpenGraphPictures pictures)
    {
        var top = index.Ranked.Take(3).Select(paper => "• " + paper.Title).ToList();
        yield return (urls.OutputPath(urls.HomeImage), () => pictures.GetOrDraw(settings.SiteTitle, settings.SiteTagline, top,
            $"{Display.LongDate(index.AsOf)} · {Display.Count(index.Papers.Length)} papers"));
        foreach (var topic in index.Topics)
        {
            var papers = index.PapersByTopic[topic.Id];
            var lines = topic.Keywords.IsDefaultOrEmpty
                ? papers.Take(3).Select(paper => "• " + paper.Title).ToList()
                : [string.Join(" · ", topic.Keywords.Take(6)), .. papers.Take(2).Select(paper => "• " + paper.Title)];
            // No build date on a topic's picture, unlike the site's: it would redraw every topic's picture every night.
            yield return (urls.OutputPath(urls.TopicImage(topic.Id)), () => pictures.GetOrDraw(settings.SiteTitle, topic.Label, lines,
                ChartSeries.Plural(papers.Length, "paper")));
        }
    }

    /// <summary>
    /// The site's feeds, each topic's and each author's with enough papers. A feed whose inputs (<see cref="PageInputs.OfFeed"/>)
    /// are last night's is kept as it is, without reading its entries' abstracts as plain text again.
    /// </summary>
    private static int Feeds(SiteIndex index, SiteUrls urls, RenderSettings settings, PageInputs inputs, PageRenderer renderer, IOutputSink sink)
    {
        // A paper is an entry of the site's feed, its topic's and each of its authors' feeds: its summary is made once per
        // length, not once per feed (reading the abstract as plain text was half the feeds' time). Summaries, not whole
        // abstracts, are kept: author feeds' are 280 characters, and 100,000 whole abstracts would be 200 MB.
        var summaries = new Dictionary<(string Paper, int Length), string>();
        string Summary(Paper paper, string text, int length)
        {
            if (!summaries.TryGetValue((paper.Id, length), out var summary))
            {
                summaries[(paper.Id, length)] = summary = Display.Shorten(TexHtml.ToPlainText(text), length);
            }

            return summary;
        }

        FeedEntry Entry(Paper paper, int summaryLength) => new(
            urls.Tag(urls.Paper(paper.Id)),
            paper.Title,
            urls.Absolute(urls.Paper(paper.Id)),
            paper.Day ?? index.AsOf,
            paper.Authors,
            paper.Abstract is { } text ? Summary(paper, text, summaryLength) : string.Empty,
            index.TopicOf(paper)?.Label,
            paper.Links?.PaperUrl,
            paper.Links?.CodeUrl);

        var count = 0;
        // The feed at feedUrl in one format, written to path (the site's JSON feed shares its Atom feed's id).
        void Write(string path, string format, string title, string feedUrl, string pageUrl, IEnumerable<Paper> papers, Func<FeedChannel, byte[]> draw,
            int summaryLength = int.MaxValue, int size = FeedSize)
        {
            List<Paper> entries = [.. papers.Order(PaperRanking.Newest).Take(size)];
            renderer.KeepOrAdd(path, inputs.OfFeed(format, title, feedUrl, pageUrl, summaryLength, entries), () => draw(new FeedChannel(
                title,
                urls.Tag(feedUrl),
                urls.Absolute(feedUrl),
                urls.Absolute(pageUrl),
                settings.SiteTitle,
                [.. entries.Select(paper => Entry(paper, summaryLength))])));
            count++;
        }

        byte[] Atom(FeedChannel channel) => AtomFeed.Write(channel, index.AsOf);
        var siteFeed = urls.File("feed.xml");
        Write(urls.OutputPath(siteFeed), "atom", settings.SiteTitle, siteFeed, urls.Home, index.Papers, Atom);
        Write("feed.json", "json", settings.SiteTitle, siteFeed, urls.Home, index.Papers,
            channel => JsonFeed.Write(channel with { SelfUrl = urls.Absolute(urls.File("feed.json")) }));
        var (topicSummary, size) = index.IsLarge ? (FeedSummaryLength, LargeSiteFeedSize) : (int.MaxValue, FeedSize);
        foreach (var topic in index.Topics)
        {
            var feed = urls.TopicFeed(topic.Id);
            Write(urls.OutputPath(feed), "atom", $"{settings.SiteTitle}: {topic.Label}", feed, urls.Topic(topic.Id), index.PapersByTopic[topic.Id], Atom, topicSummary, size);
        }

        foreach (var author in index.Authors.Where(author => index.HasFeed(author)))
        {
            var feed = urls.AuthorFeed(author.Id);
            Write(urls.OutputPath(feed), "atom", $"{settings.SiteTitle}: {author.Name}", feed, urls.Author(author.Id), index.PapersByAuthor[author.Id], Atom, FeedSummaryLength, size);
        }

        var robots = "User-agent: *\nAllow: /\n" + (urls.HasOrigin ? $"\nSitemap: {urls.Absolute(urls.File("sitemap.xml"))}\n" : string.Empty);
        sink.Add(OutputFile.Text("robots.txt", robots));
        return count + 1;
    }

    private static void WriteSitemap(IEnumerable<string> pageUrls, SiteUrls urls, IOutputSink sink)
    {
        var locations = pageUrls.Order(StringComparer.Ordinal).Select(urls.Absolute).ToList();
        foreach (var (path, content) in Sitemap.Write(locations, name => urls.Absolute(urls.File(name))))
        {
            sink.Add(new OutputFile(path, content));
        }
    }

    /// <summary>
    /// One HTML page: its URL, the template that draws it, the name its view has there, and how to build the view from
    /// a <see cref="ViewFactory"/>; for the many pages of a family whose inputs are known (<see cref="PageInputs"/>: named
    /// records, or the page's outline), how to hash those without the view. Such a page is always indexed (listed in
    /// the sitemap).
    /// </summary>
    private sealed record PageJob(string Url, string Template, string ViewName, Func<ViewFactory, (object View, PageMeta Meta)> Build)
    {
        public Func<string?> Inputs { get; init; } = () => null;
    }

    /// <summary>
    /// Renders pages into the layout and hands them to the sink; a template failure becomes one diagnostic per template.
    /// A page whose fingerprint is the one last rendered into the file still in the output folder is kept, not rendered.
    /// </summary>
    private sealed class PageRenderer(
        ThemeTemplates templates, SiteView site, SiteUrls urls, ViewFactory views, IOutputSink sink, PageFingerprints fingerprints, IReadOnlyDictionary<string, RenderedPage> previous)
    {
        private readonly ConcurrentDictionary<string, Diagnostic> problems = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<string> indexed = [];
        private readonly ConcurrentDictionary<string, RenderedPage> records = new(StringComparer.Ordinal);
        private int count;
        private int kept;
        private int feedsKept;
        private readonly ConcurrentDictionary<string, int> keptUnbuilt = new(StringComparer.Ordinal);

        public int Count => count;

        public int Kept => kept;

        /// <summary>Feeds kept as the last build wrote them, known unchanged by their inputs (<see cref="KeepOrAdd"/>).</summary>
        public int FeedsKept => feedsKept;

        /// <summary>Pages of <see cref="Kept"/> known unchanged by their inputs, without building their views.</summary>
        public IReadOnlyDictionary<string, int> KeptUnbuilt => keptUnbuilt;

        /// <summary>Every page and feed of this build, as <see cref="RenderedPages"/> keeps it for the next.</summary>
        public IReadOnlyDictionary<string, RenderedPage> Records => records;

        public IEnumerable<string> Indexed => indexed;

        public IEnumerable<Diagnostic> Problems => problems.Values.OrderBy(problem => problem.File, StringComparer.Ordinal);

        public void Render(PageJob job)
        {
            var path = urls.OutputPath(job.Url);
            var inputs = job.Inputs();
            previous.TryGetValue(path, out var last);
            if (inputs is not null && last?.Inputs == inputs && TryKeep(path, last))
            {
                Interlocked.Increment(ref kept);
                keptUnbuilt.AddOrUpdate(job.Template, 1, (_, pages) => pages + 1);
                Published(job.Url, indexed: true);
                return;
            }

            var (view, meta) = job.Build(views);
            var fingerprint = fingerprints.Of(job.Template, view, meta);
            if (last?.Fingerprint == fingerprint && TryKeep(path, last with { Inputs = inputs }))
            {
                Interlocked.Increment(ref kept);
                Published(job.Url, !meta.NoIndex);
                return;
            }

            try
            {
                templates.TakeSiteDateRead();
                var body = templates.Render(job.Template, new Dictionary<string, object?> { ["site"] = site, ["page"] = meta, [job.ViewName] = view });
                var html = TextCharacters.Clean(
                    templates.Render("layout", new Dictionary<string, object?> { ["site"] = site, ["page"] = meta, ["content"] = new TrustedHtml(body) }));
                if (!IsComplete(html))
                {
                    problems.TryAdd(path, new Diagnostic(Severity.Error, DiagnosticCodes.IncompletePage, path, 0,
                        $"page is incomplete: its {html.Length:N0} characters do not end with </html>; not published",
                        "Check that layout.sbn ends with </html> and that no template stops early; see docs/theme.md."));
                    return;
                }

                var bytes = Encoding.UTF8.GetBytes(html);
                sink.Add(new OutputFile(path, bytes));
                records[path] = new RenderedPage(fingerprint, templates.TakeSiteDateRead() ? site.AsOfIso : null, ContentHash.Of(bytes)) { Inputs = inputs };
                Published(job.Url, !meta.NoIndex);
            }
            catch (ScriptRuntimeException failure)
            {
                problems.TryAdd(job.Template, new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime,
                    failure.Span.FileName ?? job.Template, failure.Span.Start.Line + 1, failure.OriginalMessage,
                    "The template uses a name its page does not offer; see docs/theme.md for each page's variables."));
            }
        }

        /// <summary>
        /// Keeps the page as <paramref name="last"/> rendered it, unless the build date it read moved on or its file
        /// changed since (<see cref="IOutputSink.Keep"/>).
        /// </summary>
        private bool TryKeep(string path, RenderedPage last)
        {
            if ((last.Date is not null && last.Date != site.AsOfIso) || sink.Keep(path, last.Content, last.Stamp) is not { } stamp)
            {
                return false;
            }

            records[path] = last with { Stamp = stamp };
            return true;
        }

        /// <summary>
        /// A file drawn from its <paramref name="inputs"/> alone (a feed): kept when last night's was drawn from the same
        /// and is still in the output folder as published, else drawn and handed to the sink.
        /// </summary>
        public void KeepOrAdd(string path, string? inputs, Func<byte[]> draw)
        {
            previous.TryGetValue(path, out var last);
            if (inputs is not null && last?.Inputs == inputs && TryKeep(path, last))
            {
                Interlocked.Increment(ref feedsKept);
                return;
            }

            var bytes = draw();
            sink.Add(new OutputFile(path, bytes));
            if (inputs is not null)
            {
                records[path] = new RenderedPage(inputs, null, ContentHash.Of(bytes)) { Inputs = inputs };
            }
        }

        private void Published(string url, bool indexed)
        {
            Interlocked.Increment(ref count);
            if (indexed)
            {
                this.indexed.Add(url);
            }
        }

        /// <summary>A page is complete when it ends with the layout's <c>&lt;/html&gt;</c>, give or take whitespace.</summary>
        private static bool IsComplete(string html) =>
            html.AsSpan().TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase);
    }
}
