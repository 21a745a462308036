using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Render.Views;

namespace DigestGen.Render;

/// <summary>
/// What a page or feed is drawn from, hashed from the records before any view is built: a page whose inputs
/// are last night's is kept without building its view (<see cref="PageFingerprints"/> needs the view, and building
/// views of 100,000 unchanged pages was most of a nightly's render). The inputs, as <see cref="ViewFactory"/> reads
/// them, besides what every page shares (code, templates, site view, base URL, the site's size class, KaTeX):
/// <list type="bullet">
/// <item>a paper's card: the paper record but for what no card shows (sources, related ids, the editors' note, the map
/// point, the trending score but for the line a card shows) and its topic's id and label;</item>
/// <item>a paper page: its paper record whole (but for map point and score), its topic, the cards of its related
/// papers, whether each author and its day have a page;</item>
/// <item>an author page: the author record, its feed, its papers' cards, and each co-author's name and page.</item>
/// <item>a page of cards (topic, day, all-papers listing): its outline, the view with each card standing in as its
/// inputs (<see cref="ViewFactory.Outlines"/>).</item>
/// <item>a feed: its title and addresses, and its entries' cards and days (<see cref="OfFeed"/>).</item>
/// </list>
/// The build date is not one of them: these views never read it (a test holds them to that). Null, so the view is
/// built and compared, when KaTeX could not typeset this build's math: a page's markup then depends on this build.
/// </summary>
internal sealed partial class PageInputs
{
    private const int DigestBytes = 16;

    private readonly SiteIndex index;
    private readonly PageFingerprints fingerprints;
    private readonly ViewFactory? outlines;
    private readonly byte[]? shared;
    /// <summary>Each paper's card as its inputs, by paper id: hashed once, as a card shows on a dozen pages.</summary>
    private readonly FrozenDictionary<string, byte[]> cards = FrozenDictionary<string, byte[]>.Empty;

    /// <param name="cards">Every paper's card as its inputs (<see cref="CardsOf"/>), hashed while the math was typeset.</param>
    public PageInputs(PageFingerprints fingerprints, SiteIndex index, ViewFactory views, string baseUrl, string? mathIdentity, FrozenDictionary<string, byte[]> cards)
    {
        this.index = index;
        this.fingerprints = fingerprints;
        if (mathIdentity is null)
        {
            return;
        }

        shared = SHA256.HashData([.. fingerprints.Shared, .. Encoding.UTF8.GetBytes($"{baseUrl}\0{index.IsLarge}\0{mathIdentity}")]);
        this.cards = cards;
        outlines = views.Outlines(StandIn);
    }

    /// <summary>
    /// Every paper's card as its inputs, by paper id. Every paper has a page that needs its card: all of them, up front
    /// and in parallel, not a shared cache filled from the rendering threads (whose locks were contended). They do not
    /// depend on the math, so they are hashed while it is typeset.
    /// </summary>
    public static FrozenDictionary<string, byte[]> CardsOf(SiteIndex index)
    {
        var hashed = new byte[index.Papers.Length][];
        Parallel.For(0, hashed.Length, at => hashed[at] = CardOf(index, index.Papers[at]));
        return Enumerable.Range(0, hashed.Length).ToFrozenDictionary(at => index.Papers[at].Id, at => hashed[at], StringComparer.Ordinal);
    }

    /// <summary>The inputs of <paramref name="paper"/>'s page, or null when they cannot stand for it.</summary>
    public string? OfPaper(Paper paper)
    {
        if (shared is null)
        {
            return null;
        }

        // Every paper of the site has a card: one lookup finds a related paper's card, as the view finds its paper.
        var related = paper.RelatedIds.Select(id => cards.GetValueOrDefault(id)).OfType<byte[]>().Take(8).ToList();
        using var hash = Start("paper");
        // The paper record whole but for map point and score: its card, and the fields the card leaves out, without
        // serialising the abstract a second time.
        hash.AppendData(Card(paper));
        hash.AppendData(Encoding.UTF8.GetBytes(PageOnlyFields(paper)));
        foreach (var card in related)
        {
            hash.AppendData(card);
        }

        hash.AppendData(Flags(paper.AuthorIds.Select(index.HasPage).Append(paper.Date is { } date && index.PapersByDay.ContainsKey(date))));
        return ContentHash.Of(hash);
    }

    /// <summary>The inputs of <paramref name="author"/>'s page, or null when they cannot stand for it.</summary>
    public string? OfAuthor(Author author)
    {
        if (shared is null)
        {
            return null;
        }

        var papers = index.PapersByAuthor[author.Id];
        var cardsOfPapers = papers.Select(Card).ToList();
        var coAuthors = papers.SelectMany(paper => paper.AuthorIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => index.AuthorById.TryGetValue(id, out var other) ? $"{id}\0{other.Name}\0{index.HasPage(id)}\0" : $"{id}\0\0");
        using var hash = Start("author");
        hash.AppendData(ReusedJson.Of(author, typeof(Author), RecordJson.Default));
        hash.AppendData(Flags([index.HasFeed(author)]));
        foreach (var card in cardsOfPapers)
        {
            hash.AppendData(card);
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Concat(coAuthors)));
        return ContentHash.Of(hash);
    }

    /// <summary>
    /// The inputs of a page of cards that <paramref name="build"/> draws with <paramref name="template"/>: the
    /// fingerprint of its outline, or null when inputs cannot stand for it.
    /// </summary>
    public string? OfOutline(string template, Func<ViewFactory, (object View, PageMeta Meta)> build)
    {
        if (outlines is null)
        {
            return null;
        }

        var (view, meta) = build(outlines);
        using var hash = Start("outline");
        hash.AppendData(Encoding.UTF8.GetBytes(fingerprints.Of(template, view, meta)));
        return ContentHash.Of(hash);
    }

    /// <summary>
    /// The inputs of a feed in <paramref name="format"/> titled <paramref name="title"/> at <paramref name="feedUrl"/>
    /// for <paramref name="pageUrl"/>: its entries' papers (their cards hold all an entry shows: title, authors, abstract,
    /// dates, links, topic) with each entry's day and the summaries' length; null when inputs cannot stand for it.
    /// </summary>
    public string? OfFeed(string format, string title, string feedUrl, string pageUrl, int summaryLength, IReadOnlyList<Paper> entries)
    {
        if (shared is null)
        {
            return null;
        }

        using var hash = Start("feed");
        // The build date counts only where the feed shows it: an empty feed's update, an undated entry's day.
        var days = entries.Count == 0 ? [index.AsOf] : entries.Select(paper => paper.Day ?? index.AsOf);
        hash.AppendData(Encoding.UTF8.GetBytes($"{format}\0{title}\0{feedUrl}\0{pageUrl}\0{summaryLength}\0{string.Join(",", days.Select(Display.Iso))}\0"));
        foreach (var paper in entries)
        {
            hash.AppendData(Card(paper));
        }

        return ContentHash.Of(hash);
    }

    private byte[] Card(Paper paper) => cards[paper.Id];

    /// <summary>A card that shows nothing but the paper's id and its card's inputs: what the card would show, named.</summary>
    private PaperCard StandIn(Paper paper) => new(paper.Id, Convert.ToHexString(Card(paper)), string.Empty, string.Empty, null, null, false, null, null,
        false, null, string.Empty, false, [], null, null, string.Empty);

    /// <summary>
    /// What a paper's card shows, hashed: the paper record but for the fields no card shows — where it came from, its
    /// related papers and the editors' note and names (its own page shows those), its map point (drawn on the home
    /// and topic pages, which are redrawn each night) and its trending score, of which only the line a card shows
    /// counts (every paper's score decays each day) — and its topic's id and label. A field added to papers counts
    /// until it is left out here.
    /// </summary>
    private static byte[] CardOf(SiteIndex index, Paper paper) => Digest(index, paper, paper with
    {
        Sources = [],
        FieldSources = ImmutableSortedDictionary<string, SourceRef>.Empty,
        RelatedIds = [],
        EditorNote = null,
        EditedBy = [],
        MapPoint = null,
        Trending = null,
    });

    /// <summary>
    /// The fields <see cref="CardOf"/> leaves out and a paper page shows, as text, each length-prefixed so no two
    /// differ in one text: written out, not serialised as a paper record (a JSON paper of 30 mostly empty fields per page).
    /// A source is its record's own text, which names every field it has.
    /// </summary>
    private static string PageOnlyFields(Paper paper)
    {
        var text = new StringBuilder();
        void Field(string? value) => (value is null ? text.Append('-') : text.Append(value.Length).Append(':').Append(value)).Append('\n');
        text.Append(paper.Sources.Length).Append('\n');
        foreach (var source in paper.Sources)
        {
            Field(source.ToString());
        }

        text.Append(paper.FieldSources.Count).Append('\n');
        foreach (var (field, source) in paper.FieldSources)
        {
            Field(field);
            Field(source.ToString());
        }

        text.Append(paper.RelatedIds.Length).Append('\n');
        foreach (var id in paper.RelatedIds)
        {
            Field(id);
        }

        Field(paper.EditorNote);
        text.Append(paper.EditedBy.Length).Append('\n');
        foreach (var file in paper.EditedBy)
        {
            Field(file);
        }

        return text.ToString();
    }

    /// <summary><paramref name="shown"/> (a paper with what no page here shows left out) hashed with what its card adds: the trending line and the topic.</summary>
    private static byte[] Digest(SiteIndex index, Paper paper, Paper shown)
    {
        var topic = index.TopicOf(paper);
        var added = $"\0{ViewFactory.WhyTrending(paper)}\0" + (topic is null ? "no topic" : $"{topic.Id}\0{topic.Label}");
        return SHA256.HashData([.. ReusedJson.Of(shown, typeof(Paper), RecordJson.Default), .. Encoding.UTF8.GetBytes(added)])[..DigestBytes];
    }

    private IncrementalHash Start(string template)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(shared!);
        hash.AppendData(Encoding.UTF8.GetBytes(template + "\0"));
        return hash;
    }

    private static byte[] Flags(IEnumerable<bool> flags) => [.. flags.Select(flag => flag ? (byte)1 : (byte)0)];

    /// <summary>The records hashed, serialised by code compiled ahead with the CLI (as <see cref="PageFingerprints"/>' views are).</summary>
    [JsonSerializable(typeof(Paper))]
    [JsonSerializable(typeof(Author))]
    internal sealed partial class RecordJson : JsonSerializerContext;
}
