using System.Collections.Concurrent;
using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Rank;
using DigestGen.Render.Pictures;
using DigestGen.Render.Templates;
using DigestGen.Render.Text;
using DigestGen.Render.Views;

namespace DigestGen.Render;

/// <summary>
/// Builds the view models templates see from the digest's records. Templates never get a Model record, so a
/// theme cannot depend on pipeline internals, and every piece of markup here is built from escaped text.
/// </summary>
/// <param name="notes">Editors' notes rendered ahead of the pages (<see cref="EditorMarkdown"/>), by paper id.</param>
/// <param name="standIn">Draws a paper's card in place of <see cref="Card"/> (<see cref="Outlines"/>); null draws the card itself.</param>
internal sealed class ViewFactory(SiteIndex index, SiteUrls urls, MathRenderer math, bool mathNeedsStylesheet, IReadOnlyDictionary<string, TrustedHtml> notes, Func<Paper, PaperCard>? standIn = null)
{
    /// <summary>Papers on one page of a topic: a topic of a 100,000-paper site has hundreds; later pages at /topics/id/page/N/.</summary>
    public const int TopicPageSize = 200;

    public const int ListingPageSize = 100;

    /// <summary>Related papers on a paper page of a large site (compute finds 5).</summary>
    public const int LargeSiteRelatedPapers = 3;

    /// <summary>
    /// Papers on one page of a day: a day of a large site can have thousands (every undated paper first seen on the
    /// build day), each a card with its abstract's start.
    /// </summary>
    public const int DayPageSize = 500;

    /// <summary>Okabe and Ito's colour-blind-safe palette (theme classes t0…t7); shapes tell the marks beyond it apart.</summary>
    private const int AreaColours = 8;
    private const int RecentDays = 30;

    /// <summary>A topic this small is too thin to recommend on the home page, however recent its papers.</summary>
    private const int MinHotTopicPapers = 3;

    private static readonly TopicArea OtherTopics = new("other-topics", "Other topics");

    private readonly ImmutableArray<(TopicArea Area, ImmutableArray<Topic> Topics)> areas = AreasOf(index);

    /// <summary>
    /// The legend's marks, largest first: one per area, and one per topic outside any area (a site whose topics are dump
    /// categories keeps a colour per topic), each with the position that picks its colour and shape.
    /// </summary>
    private readonly ImmutableArray<(string Label, string? Url, ImmutableArray<Topic> Topics, int Position)> marks = MarksOf(index, urls);

    /// <summary>Each topic's mark: its colour and shape on the map, and its cards' colour.</summary>
    private readonly ImmutableDictionary<string, int> markOf = MarksOf(index, urls)
        .SelectMany(mark => mark.Topics.Select(topic => (topic.Id, mark.Position)))
        .ToImmutableDictionary(pair => pair.Id, pair => pair.Position, StringComparer.Ordinal);

    /// <summary>
    /// Cards by paper id. A paper's card shows on its day, author, topic and listing pages and in other papers'
    /// related lists (a dozen times on average), and reading its abstract as plain text is the costly part.
    /// </summary>
    private readonly ConcurrentDictionary<string, PaperCard> cards = new(StringComparer.Ordinal);

    public PaperCard Card(Paper paper) => standIn?.Invoke(paper) ?? cards.GetOrAdd(paper.Id, _ => NewCard(paper));

    /// <summary>
    /// These views with <paramref name="cardStandIn"/> in place of every paper card: an outline of a page, which
    /// changes when its page would but costs no card (a card reads its abstract as plain text, and a topic, day or
    /// listing page shows hundreds).
    /// </summary>
    public ViewFactory Outlines(Func<Paper, PaperCard> cardStandIn) => new(index, urls, math, mathNeedsStylesheet, notes, cardStandIn);

    private PaperCard NewCard(Paper paper)
    {
        var topic = index.TopicOf(paper);
        return new PaperCard(
            paper.Id,
            TexHtml.ToPlainText(paper.Title),
            urls.Paper(paper.Id),
            AuthorLine(paper),
            paper.Day is { } date ? Display.Date(date) : null,
            paper.Day is { } iso ? Display.Iso(iso) : null,
            paper.Date is null && paper.FirstSeen is not null,
            paper.Category,
            paper.Venue,
            paper.HasCode || paper.CodeUrl is not null,
            topic is null ? null : new LinkView(topic.Label, urls.Topic(topic.Id)),
            paper.Abstract is { } text ? Display.Shorten(TexHtml.ToPlainText(text), 240) : string.Empty,
            paper.Pinned,
            paper.Tags,
            WhyTrending(paper),
            paper.Links?.CodeUrl,
            paper.Links is { CodeIsSearch: true } ? "Find code" : "Code");
    }

    /// <summary>
    /// What a card shows of the paper's trending score: the "why" line of a trending paper, else nothing (the scores of
    /// the others move every day, and no card shows them).
    /// </summary>
    public static string? WhyTrending(Paper paper) => paper.Trending is { IsTrending: true } trending ? Why(trending) : null;

    /// <summary>The "why" line: each factor's fact and points, then the total ("#3 on a trending list +22.5 · … = 47.5").</summary>
    public static string Why(TrendingScore score) =>
        string.Join(" · ", score.Parts.Select(part => $"{part.Fact} +{Display.Number(part.Points)}")) + $" = {Display.Number(score.Total)}";

    public ImmutableArray<PaperCard> Cards(IEnumerable<Paper> papers) => [.. papers.Select(Card)];

    /// <summary>Whether the paper's page must link KaTeX's stylesheet (HTML math output, and typeset math present).</summary>
    public bool NeedsMathStylesheet(Paper paper) =>
        mathNeedsStylesheet && paper.Abstract is { } text && TexTokenizer.MathIn(text).Any(expression => math.Html(expression) is not null);

    public PaperPageView PaperPage(Paper paper)
    {
        var authors = paper.Authors.Select((name, i) =>
            i < paper.AuthorIds.Length && index.HasPage(paper.AuthorIds[i])
                ? new LinkView(name, urls.Author(paper.AuthorIds[i]))
                : new LinkView(name, string.Empty));
        var related = paper.RelatedIds
            .Select(id => index.PaperById.GetValueOrDefault(id))
            .OfType<Paper>()
            .Take(8);
        var fieldsBySource = paper.FieldSources
            .GroupBy(pair => pair.Value)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToImmutableArray());
        // The dump records merged into the paper, then the override lines that changed it.
        var overrideLines = paper.FieldSources.Values.Where(source => source.Shape == DumpShape.Override).Distinct().OrderBy(source => source.File, StringComparer.Ordinal).ThenBy(source => source.Line);
        var sources = paper.Sources.Concat(overrideLines).Select(source => new SourceView(
            source.File,
            source.Shape.Name(),
            source.Line,
            fieldsBySource.GetValueOrDefault(source, [])));
        return new PaperPageView(
            Card(paper),
            [.. authors],
            paper.AuthorsTruncated,
            paper.Date is { } date && index.PapersByDay.ContainsKey(date) ? new LinkView(Display.Date(date), urls.Day(date)) : null,
            paper.Org,
            paper.Links is { } links ? new LinksView(links.PaperUrl, links.ArxivId is null ? "Find on arXiv" : $"arXiv:{links.ArxivId}", links.PdfUrl) : null,
            paper.Abstract is { } text ? new TrustedHtml(TexHtml.ToHtml(text, math)) : TrustedHtml.Empty,
            paper.Abstract is not null,
            [.. sources],
            // A large site lists its three nearest related papers by title only: author lines were 35 MB of a
            // 100,000-paper site's pages, and the fourth and fifth titles 36 MB.
            index.IsLarge ? [.. related.Take(LargeSiteRelatedPapers).Select(other => Card(other) with { AuthorLine = string.Empty })] : Cards(related),
            notes.GetValueOrDefault(paper.Id, TrustedHtml.Empty),
            !paper.EditedBy.IsDefaultOrEmpty,
            paper.EditedBy);
    }

    public AuthorPageView AuthorPage(Author author)
    {
        var papers = index.PapersByAuthor[author.Id];
        var years = papers
            .GroupBy(paper => paper.Date?.Year)
            .Select(group => new YearGroup(group.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Undated", Cards(group)));
        var coAuthors = papers
            .SelectMany(paper => paper.AuthorIds.Distinct(StringComparer.Ordinal))
            .Where(id => id != author.Id && index.HasPage(id))
            .CountBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => index.AuthorById[pair.Key].Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(24)
            .Select(pair => new CoAuthorView(index.AuthorById[pair.Key].Name, urls.Author(pair.Key), pair.Value));
        var topics = papers
            .Select(index.TopicOf)
            .OfType<Topic>()
            .CountBy(topic => topic)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key.Label, StringComparer.Ordinal)
            .Take(8)
            .Select(pair => new LinkView(pair.Key.Label, urls.Topic(pair.Key.Id)));
        var activity = ChartSeries.Yearly(papers.Where(paper => paper.Date is not null).Select(paper => paper.Date!.Value.Year), "paper");
        // One bar says no more than the year headings do; most authors of a large site have a single year, and there
        // only authors with a feed get the chart (25 MB of charts at 100,000 papers were for authors with 3–9 papers).
        var chart = activity.Count > 1 && (!index.IsLarge || index.HasFeed(author))
            ? new TrustedHtml(SvgCharts.Bars("activity", $"Papers by {author.Name} per year", $"{ChartSeries.Plural(papers.Length, "paper")} in this digest, counted by year of publication.", activity, 120, SvgCharts.SideWidth))
            : TrustedHtml.Empty;
        return new AuthorPageView(author.Name, author.Aliases, papers.Length, Stats(author.Profile), [.. years], [.. coAuthors], [.. topics], chart,
            index.HasFeed(author) ? urls.AuthorFeed(author.Id) : null);
    }

    public TopicCard TopicCard(Topic topic)
    {
        var papers = index.PapersByTopic[topic.Id];
        var dates = papers.Where(paper => paper.Day is not null).Select(paper => paper.Day!.Value).ToList();
        var recent = dates.Count(date => date <= index.AsOf && date > index.AsOf.AddDays(-RecentDays));
        var monthly = ChartSeries.Monthly(dates, "paper", index.AsOf, 24).Select(bar => bar.Value).ToList();
        return new TopicCard(
            topic.Label,
            urls.Topic(topic.Id),
            papers.Length,
            recent,
            topic.Keywords,
            topic.Description,
            "t" + (AreaIndex(topic) % AreaColours).ToString(System.Globalization.CultureInfo.InvariantCulture),
            new TrustedHtml(SvgCharts.Sparkline(monthly)));
    }

    public TopicPageView TopicPage(Topic topic, int page)
    {
        var papers = index.PapersByTopic[topic.Id];
        var (first, last, pager) = Page(papers.Length, page, number => urls.Topic(topic.Id, number), TopicPageSize);
        var monthly = page == 1
            ? ChartSeries.Monthly(papers.Where(paper => paper.Day is not null).Select(paper => paper.Day!.Value), "paper", index.AsOf)
            : [];
        var chart = monthly.Count > 0
            ? new TrustedHtml(SvgCharts.Bars("activity", $"{topic.Label}: papers per month", $"How many papers on {topic.Label} appeared each month, up to the last three years.", monthly))
            : TrustedHtml.Empty;
        var area = topic.Area is { } inside ? new LinkView(inside.Label, urls.Area(inside.Id)) : null;
        return new TopicPageView(TopicCard(topic), Cards(papers.Skip(first - 1).Take(last - first + 1)), index.IsLarge, first, last,
            pager with { PreviousLabel = "← Previous", NextLabel = "Next →" }, chart, urls.TopicFeed(topic.Id), area);
    }

    public TopicsIndexView TopicsIndex()
    {
        // Every paper is on the map: one whose topic is hidden (or that has none) is a grey mark of its own.
        var dots = index.Papers
            .Where(paper => paper.MapPoint is not null)
            .Select(paper => index.TopicOf(paper) is { } topic
                ? new MapDot(paper.MapPoint!.X, paper.MapPoint.Y, AreaIndex(topic) % AreaColours, $"{paper.Title} ({topic.Label})", AreaIndex(topic) / AreaColours)
                : new MapDot(paper.MapPoint!.X, paper.MapPoint.Y, -1, $"{paper.Title} (no topic)"))
            .ToList();
        var map = dots.Count > 0
            ? new TrustedHtml(SvgCharts.Map("map", "Map of all papers", "Each mark is a paper, placed so that papers about similar things sit close together; colour and shape show its area, as in the legend.", dots))
            : TrustedHtml.Empty;
        var bars = index.Topics.Select(topic => new ChartBar(topic.Label, index.PapersByTopic[topic.Id].Length, $"{topic.Label}: {ChartSeries.Plural(index.PapersByTopic[topic.Id].Length, "paper")}")).ToList();
        var chart = bars.Count > 0
            ? new TrustedHtml(SvgCharts.Bars("per-topic", "Papers per topic", "The number of papers in each topic, largest first.", bars, 140))
            : TrustedHtml.Empty;
        var areaViews = areas.Select(area => new AreaView(SiteUrls.AreaAnchor(area.Area.Id), area.Area.Label, PaperCount(area.Topics), [.. area.Topics.Select(TopicCard)]));
        var legend = marks.Select(mark => new LegendEntry(mark.Label, mark.Url, new TrustedHtml(SvgCharts.Marker(mark.Position % AreaColours, mark.Position / AreaColours)), PaperCount(mark.Topics)));
        var withoutTopic = dots.Count(dot => dot.ColourIndex < 0);
        if (withoutTopic > 0)
        {
            legend = legend.Append(new LegendEntry("No topic", null, new TrustedHtml(SvgCharts.Marker(-1, 0)), withoutTopic));
        }

        return new TopicsIndexView([.. index.Topics.Select(TopicCard)], [.. areaViews], map, dots.Count > 0, chart, [.. legend]);
    }

    private int PaperCount(IEnumerable<Topic> topics) => topics.Sum(topic => index.PapersByTopic[topic.Id].Length);

    private int AreaIndex(Topic topic) => markOf[topic.Id];

    /// <summary>
    /// The marks largest first, each positioned by its area's id (or its topic's, outside any area), not by its size: an
    /// area that grows past another overnight keeps its colour, and so do its topics' pages.
    /// </summary>
    private static ImmutableArray<(string Label, string? Url, ImmutableArray<Topic> Topics, int Position)> MarksOf(SiteIndex index, SiteUrls urls)
    {
        var bySize = AreasOf(index)
            .SelectMany(area => area.Area == OtherTopics
                ? area.Topics.Select(topic => (Key: "topic\0" + topic.Id, topic.Label, Url: (string?)urls.Topic(topic.Id), Topics: ImmutableArray.Create(topic)))
                : [("area\0" + area.Area.Id, area.Area.Label, urls.Area(area.Area.Id), area.Topics)])
            .ToList();
        var positions = bySize.Select(mark => mark.Key).Order(StringComparer.Ordinal).Select((key, position) => (key, position))
            .ToDictionary(pair => pair.key, pair => pair.position, StringComparer.Ordinal);
        return [.. bySize.Select(mark => (mark.Label, mark.Url, mark.Topics, positions[mark.Key]))];
    }

    /// <summary>Areas largest first, each with its topics; topics compute did not place in an area share one, last.</summary>
    private static ImmutableArray<(TopicArea Area, ImmutableArray<Topic> Topics)> AreasOf(SiteIndex index) => [.. index.Topics
        .GroupBy(topic => topic.Area ?? OtherTopics)
        .Select(group => (group.Key, Topics: group.ToImmutableArray()))
        .OrderBy(area => area.Key == OtherTopics)
        .ThenByDescending(area => area.Topics.Sum(topic => topic.PaperIds.Length))
        .ThenBy(area => area.Key.Label, StringComparer.Ordinal)];

    public HomeView Home()
    {
        var day = index.LatestDay();
        var newPapers = day is { } d ? index.PapersByDay[d] : [];
        var hot = index.Topics
            .Where(topic => topic.PaperIds.Length >= MinHotTopicPapers)
            .Select(TopicCard)
            .OrderByDescending(card => card.RecentCount)
            .ThenByDescending(card => card.PaperCount)
            .ThenBy(card => card.Label, StringComparer.Ordinal)
            .Take(8);
        var trending = index.Ranked.Where(paper => !paper.Pinned && paper.Trending is { IsTrending: true }).Take(20);
        var daily = ChartSeries.Daily(index.Papers.Where(paper => paper.Day is not null).Select(paper => paper.Day!.Value), index.AsOf, 30, "paper");
        return new HomeView(
            Display.LongDate(index.AsOf),
            day is { } link ? new LinkView(Display.Date(link), urls.Day(link)) : null,
            day is { } newest && newest != index.AsOf ? $"No new papers since {Display.Date(newest)}." : null,
            Cards(index.Ranked.Where(paper => paper.Pinned)),
            Cards(trending),
            Cards(newPapers.Take(12)),
            newPapers.Length,
            [.. hot],
            daily.Any(bar => bar.Value > 0)
                ? new TrustedHtml(SvgCharts.Bars("per-day", "Papers per day", $"New papers per day over the 30 days up to {Display.Date(index.AsOf)}.", daily, 110, SvgCharts.SideWidth))
                : TrustedHtml.Empty,
            index.Papers.Length,
            index.Authors.Length,
            index.Topics.Length);
    }

    public RankingView Ranking()
    {
        static string Points(double value) => Display.Number(value);
        FactorView[] factors =
        [
            new("Listed rank", $"Place r on a trending list earns {Points(RankWeights.ListedRankTop)} × {Points(RankWeights.ListedRankHalfPlace)} / (r − 1 + {Points(RankWeights.ListedRankHalfPlace)}): all of it for first place, half for place {Points(RankWeights.ListedRankHalfPlace + 1)}.", $"up to {Points(RankWeights.ListedRankTop)}"),
            new("Reader score", $"A feed's or profile's score for the paper × {Points(RankWeights.ReaderScoreFactor)}, the score capped at {Points(RankWeights.ReaderScoreCap)}.", $"up to {Points(RankWeights.ReaderScoreFactor * RankWeights.ReaderScoreCap)}"),
            new("Recency", $"{Points(RankWeights.RecencyTop)} for a paper dated on the as-of day, halving every {Points(RankWeights.RecencyHalfLifeDays)} days before it. Undated papers get none: the day DigestGen first saw them says nothing about their age.", $"up to {Points(RankWeights.RecencyTop)}"),
            new("Listings", $"{Points(RankWeights.PerExtraListing)} for every independent dump beyond the first that lists the paper.", $"up to {Points(RankWeights.ListingsCap)}"),
            new("Code", "The paper links to its code, or a listing flags code.", Points(RankWeights.Code)),
            new("Editor's pick", "An editor pinned the paper (it is then shown under Editor's picks).", Points(RankWeights.EditorPin)),
        ];
        var example = index.Ranked.FirstOrDefault(paper => paper.Trending is { IsTrending: true });
        return new RankingView(
            [.. factors],
            example is null ? null : Card(example),
            example is null ? [] : [.. example.Trending!.Parts.Select(part => new FactorView(part.Factor, part.Fact, "+" + Display.Number(part.Points)))],
            example is null ? null : Display.Number(example.Trending!.Total),
            index.Papers.Count(paper => paper.Trending is { IsTrending: true }));
    }

    public DayPageView DayPage(DateOnly day, int page)
    {
        var position = index.Days.IndexOf(day);
        var papers = index.PapersByDay[day];
        var (first, last, pager) = Page(papers.Length, page, number => urls.Day(day, number), DayPageSize);
        return new DayPageView(
            Display.LongDate(day),
            Display.Iso(day),
            Cards(papers.Skip(first - 1).Take(last - first + 1)),
            index.IsLarge,
            papers.Length,
            first,
            last,
            pager with { PreviousLabel = "← Previous", NextLabel = "Next →" },
            position > 0 ? new LinkView(Display.Date(index.Days[position - 1]), urls.Day(index.Days[position - 1])) : null,
            position < index.Days.Length - 1 ? new LinkView(Display.Date(index.Days[position + 1]), urls.Day(index.Days[position + 1])) : null);
    }

    public ArchiveView Archive()
    {
        // A year per block, only the newest open: a phone scrolls through one year of calendars, not all of them.
        var years = index.Days
            .GroupBy(day => day.Year)
            .OrderByDescending(group => group.Key)
            .Select((group, position) => new YearView(
                group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Sum(day => index.PapersByDay[day].Length),
                group.Count(),
                position == 0,
                [.. group.Select(day => new DateOnly(day.Year, day.Month, 1)).Distinct().OrderDescending().Select(Month)]));
        var latest = index.LatestDay() ?? index.AsOf;
        var daily = ChartSeries.Daily(index.Papers.Where(paper => paper.Day is not null).Select(paper => paper.Day!.Value), latest, 90, "paper");
        return new ArchiveView([.. years], index.Days.Length, index.PapersByDay.Values.Sum(papers => papers.Length),
            new TrustedHtml(SvgCharts.Bars("per-day", "Papers per day", $"Papers per day over the 90 days up to {Display.Date(latest)}.", daily, 120)));
    }

    /// <summary>
    /// One page of every paper, numbered from the oldest in the order the digest added them (<paramref name="oldestFirst"/>,
    /// <see cref="PaperRanking.Arrival"/>) and shown newest first: page N holds papers (N − 1) × 100 + 1 to N × 100 for
    /// good, so a night's new papers change the newest few pages, not every page. The newest page (/papers/) holds the
    /// rest, 100 to 199 papers (fewer on a small site), and is the only one to show the total: on the others it would
    /// change every night.
    /// </summary>
    public PapersIndexView PapersIndex(IReadOnlyList<Paper> oldestFirst, int number)
    {
        var pages = PapersPageCount(oldestFirst.Count);
        var skip = (number - 1) * ListingPageSize;
        var last = number == pages ? oldestFirst.Count : skip + ListingPageSize;
        string Url(int page) => page == pages ? urls.Papers() : urls.PapersPage(page);
        // Numbers run newest first like the papers, so "← Newer" and "Older →" point the way the numbers go.
        var pager = new PagerView(number, null, number < pages ? Url(number + 1) : null, number > 1 ? Url(number - 1) : null,
            [.. Window(number, pages, Url).Reverse()]);
        var papers = oldestFirst.Skip(skip).Take(last - skip).Reverse();
        return new PapersIndexView(Cards(papers), number == pages ? oldestFirst.Count : null, Math.Min(skip + 1, Math.Max(last, 1)), last, pager);
    }

    /// <summary>Pages of the all-papers listing: full pages of <see cref="ListingPageSize"/>, the newest holding the rest.</summary>
    public static int PapersPageCount(int papers) => Math.Max(1, papers / ListingPageSize);

    public AuthorsIndexView AuthorsIndex(IReadOnlyList<Author> byPaperCount, int page)
    {
        var (first, last, pager) = Page(byPaperCount.Count, page, urls.Authors);
        var cards = byPaperCount.Skip(first - 1).Take(last - first + 1).Select(author =>
        {
            var papers = index.PapersByAuthor[author.Id];
            // An author without a page of their own (too few papers, on a large site) is listed with a link to their latest paper.
            return index.HasPage(author.Id)
                ? new AuthorCard(author.Name, urls.Author(author.Id), papers.Length, papers[0].Title, null)
                : new AuthorCard(author.Name, null, papers.Length, papers[0].Title, urls.Paper(papers[0].Id));
        });
        return new AuthorsIndexView([.. cards], byPaperCount.Count, first, last, pager);
    }

    public static int PageCount(int items, int pageSize = ListingPageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    private MonthView Month(DateOnly first)
    {
        var weeks = ImmutableArray.CreateBuilder<ImmutableArray<DayCell>>();
        var week = ImmutableArray.CreateBuilder<DayCell>();
        // Weeks start on Monday: pad the first week with empty cells.
        for (var pad = ((int)first.DayOfWeek + 6) % 7; pad > 0; pad--)
        {
            week.Add(new DayCell(null, null, 0, 0, null));
        }

        var total = 0;
        for (var day = first; day.Month == first.Month; day = day.AddDays(1))
        {
            var count = index.PapersByDay.TryGetValue(day, out var papers) ? papers.Length : 0;
            total += count;
            week.Add(count == 0
                ? new DayCell(day.Day, null, 0, 0, null)
                : new DayCell(day.Day, urls.Day(day), count, Level(count), $"{Display.Date(day)}: {ChartSeries.Plural(count, "paper")}"));
            if (week.Count == 7)
            {
                weeks.Add(week.ToImmutable());
                week.Clear();
            }
        }

        if (week.Count > 0)
        {
            while (week.Count < 7)
            {
                week.Add(new DayCell(null, null, 0, 0, null));
            }

            weeks.Add(week.ToImmutable());
        }

        return new MonthView(first.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), total, weeks.ToImmutable());
    }

    /// <summary>Shade of a calendar day: 1 for a handful of papers up to 4 for a busy day.</summary>
    private static int Level(int count) => count switch
    {
        < 3 => 1,
        < 10 => 2,
        < 50 => 3,
        _ => 4,
    };

    private static (int First, int Last, PagerView Pager) Page(int total, int page, Func<int, string> url, int pageSize = ListingPageSize)
    {
        var pages = PageCount(total, pageSize);
        var first = ((page - 1) * pageSize) + 1;
        var last = Math.Min(total, page * pageSize);
        var pager = new PagerView(page, pages, page > 1 ? url(page - 1) : null, page < pages ? url(page + 1) : null, Window(page, pages, url));
        return (Math.Min(first, Math.Max(total, 1)), last, pager);
    }

    /// <summary>Links to the pages up to three either side of <paramref name="current"/>.</summary>
    private static ImmutableArray<LinkView> Window(int current, int pages, Func<int, string> url) => [.. Enumerable
        .Range(Math.Max(1, current - 3), Math.Min(pages, current + 3) - Math.Max(1, current - 3) + 1)
        .Select(number => new LinkView(number.ToString(System.Globalization.CultureInfo.InvariantCulture), url(number), number == current))];

    private static string AuthorLine(Paper paper)
    {
        var shown = paper.Authors.Take(3);
        var more = paper.Authors.Length > 3 || paper.AuthorsTruncated;
        return string.Join(", ", shown) + (more ? " et al." : string.Empty);
    }

    private static ImmutableArray<StatView> Stats(ProfileStats? profile)
    {
        if (profile is null)
        {
            return [];
        }

        var stats = ImmutableArray.CreateBuilder<StatView>();
        void Add(string label, int? value, string meaning, string suffix = "")
        {
            if (value is { } number)
            {
                stats.Add(new StatView(label, Display.Count(number) + suffix, meaning));
            }
        }

        // The profile site's own figures, shown as given: DigestGen neither computes nor checks them.
        Add("h-index", profile.HIndex, "h papers with at least h citations each, per the profile page.");
        Add("Papers", profile.PaperCount, "papers the profile page lists, including those not in this digest.");
        Add("Citations", profile.Citations, "citations of those papers, per the profile page.");
        Add("Novelty", profile.NoveltyPercent, "the profile site's own estimate of how new the work is, in percent; DigestGen does not compute it.", "%");
        Add("AI score", profile.AiScore, "the profile site's own score for the author's AI work; DigestGen does not compute it or use it for ranking.");
        if (profile.Category is { } category)
        {
            stats.Add(new StatView("Main category", category, "the arXiv category most of the author's papers are in."));
        }

        return stats.ToImmutable();
    }
}
