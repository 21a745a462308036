using System.Collections.Immutable;

namespace DigestGen.Render.Views;

/// <summary>
/// What every page knows about the site: its name, navigation, stylesheets and feeds. Deliberately no build date in
/// the shared layout: it would change every page every night and defeat write-if-changed.
/// </summary>
public sealed record SiteView(
    string Title,
    string Tagline,
    string HomeUrl,
    string SearchUrl,
    string PapersUrl,
    string TopicsUrl,
    string AuthorsUrl,
    string ArchiveUrl,
    ImmutableArray<LinkView> Navigation,
    string StylesheetUrl,
    string MathStylesheetUrl,
    string IconUrl,
    string FeedUrl,
    string JsonFeedUrl,
    string RankingUrl,
    string FiltersScriptUrl,
    string AsOfIso);
