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

/// <summary>A topic's page: its papers ranked (the first <see cref="Shown"/> of <see cref="Card"/>'s count) and activity.</summary>
public sealed record TopicPageView(TopicCard Card, ImmutableArray<PaperCard> Papers, int Shown, TrustedHtml Activity, string FeedUrl);

/// <summary>The topics index: every topic, and the map of all papers when compute placed them.</summary>
public sealed record TopicsIndexView(ImmutableArray<TopicCard> Topics, TrustedHtml Map, bool HasMap, TrustedHtml Chart);
