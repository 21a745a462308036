using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Render;

namespace DigestGen.Search;

/// <summary>
/// One paper as search sees it: the four indexed texts and what a result shows. Authors are joined into one text
/// (lunr would index an array element as a single token, making "Zhang" unfindable in "Yichi Zhang"). Texts are
/// cleaned of control and bidi characters (<see cref="TextCharacters"/>) like every page's.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Title,
    ImmutableArray<string> Authors,
    string? Abstract,
    string? Date,
    string? Topic)
{
    /// <summary>Paper page, relative to the site root (the client prefixes the site's base path).</summary>
    public string Url => SiteRoot.FromBase(SiteRoot.Paper(Id));

    private static readonly SiteUrls SiteRoot = new("/");

    public string AuthorsText => string.Join(", ", Authors);

    /// <summary>
    /// The papers of a digest with their topic labels, in the order they were first seen (<see cref="Paper.FirstSeen"/>;
    /// digest order, by id, within a day). The index numbers papers in this order, so a nightly build's new papers come
    /// last: every older paper keeps its number, its result chunk (docs/N.json) keeps its bytes, and the parts only
    /// gain postings at the end. In id order, 300 new papers renumbered nearly every paper and rewrote all 25,000 chunks
    /// of a 100,000-paper site.
    /// </summary>
    public static ImmutableArray<SearchDocument> From(Digest digest)
    {
        var topicLabels = digest.Topics.ToDictionary(topic => topic.Id, topic => topic.Label, StringComparer.Ordinal);
        return [.. digest.Papers
            .OrderBy(paper => paper.FirstSeen ?? DateOnly.MinValue) // stable: digest order within a day
            .Select(paper => new SearchDocument(
                paper.Id,
                TextCharacters.Clean(paper.Title),
                [.. paper.Authors.Select(TextCharacters.Clean)],
                paper.Abstract is { } text ? TextCharacters.Clean(text) : null,
                paper.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                paper.TopicId is { } topicId && topicLabels.TryGetValue(topicId, out var label) ? TextCharacters.Clean(label)
                    : paper.Category is { } category ? TextCharacters.Clean(category) : null))];
    }
}
