using System.Collections.Immutable;
using DigestGen.Render.Templates;

namespace DigestGen.Render.Views;

/// <summary>A topic in a list: label, size, recent activity as a sparkline.</summary>
public sealed record TopicCard(
    string Label,
    string Url,
    int PaperCount,
    int RecentCount,
    ImmutableArray<string> Keywords,
    string? Description,
    string Colour,
    TrustedHtml Sparkline);

/// <summary>
/// One page of a topic (<see cref="ViewFactory.TopicPageSize"/> papers a page, ranked; papers <see cref="First"/> to
/// <see cref="Last"/> of <see cref="Card"/>'s count), its activity on the first page, and the area it belongs to (a
/// link to that area on the topics index; null for topics outside any area). <see cref="Compact"/> papers are one line
/// each (title, authors, date), as on a large site, where cards were 83 MB of a 100,000-paper site.
/// </summary>
public sealed record TopicPageView(
    TopicCard Card, ImmutableArray<PaperCard> Papers, bool Compact, int First, int Last, PagerView Pager, TrustedHtml Activity, string FeedUrl, LinkView? Area = null);

/// <summary>
/// The topics index: every topic inside its area, and the map of all papers when compute placed them, with a
/// legend of the areas' marks (and of papers without a topic, when there are some).
/// </summary>
public sealed record TopicsIndexView(ImmutableArray<TopicCard> Topics, ImmutableArray<AreaView> Areas, TrustedHtml Map, bool HasMap, TrustedHtml Chart, ImmutableArray<LegendEntry> Legend);

/// <summary>A broad area on the topics index: its anchor, label, size and topics (largest first).</summary>
public sealed record AreaView(string Id, string Label, int PaperCount, ImmutableArray<TopicCard> Topics);

/// <summary>One mark of the map's legend: an area, a topic outside any area, or the papers without a topic.</summary>
public sealed record LegendEntry(string Label, string? Url, TrustedHtml Marker, int PaperCount);
