using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DigestGen.Tests.Render;

/// <summary>
/// The Atom (RFC 4287) rules the W3C feed validator checks, as a test oracle: required elements once each, absolute
/// ids, RFC 3339 dates, an author for every entry (its own or the feed's), unique entry ids, an alternate link per
/// entry; with <c>requireAbsoluteLinks</c>, every link is absolute too (links are relative without --base-url).
/// </summary>
internal static partial class AtomRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static List<string> Violations(string xml, bool requireAbsoluteLinks)
    {
        var problems = new List<string>();
        var feed = XDocument.Parse(xml).Root!;
        if (feed.Name != Atom + "feed")
        {
            return [$"root is {feed.Name}, not atom:feed"];
        }

        var feedHasAuthor = feed.Elements(Atom + "author").Any(author => !string.IsNullOrWhiteSpace((string?)author.Element(Atom + "name")));
        Check(feed, "feed", problems, requireAbsoluteLinks);
        if (!feed.Elements(Atom + "link").Any(link => (string?)link.Attribute("rel") == "self"))
        {
            problems.Add("feed: no rel=self link");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = (string?)entry.Element(Atom + "id") ?? "(no id)";
            Check(entry, id, problems, requireAbsoluteLinks);
            if (!ids.Add(id))
            {
                problems.Add($"{id}: duplicate entry id");
            }

            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
            {
                problems.Add($"{id}: no author, and the feed has none");
            }

            if (!entry.Elements(Atom + "link").Any(link => (string?)link.Attribute("rel") is null or "alternate") && entry.Element(Atom + "content") is null)
            {
                problems.Add($"{id}: neither an alternate link nor content");
            }

            if (entry.Element(Atom + "published") is { } published && !Rfc3339().IsMatch(published.Value))
            {
                problems.Add($"{id}: published '{published.Value}' is not an RFC 3339 date-time");
            }
        }

        return problems;
    }

    private static void Check(XElement element, string name, List<string> problems, bool requireAbsoluteLinks)
    {
        foreach (var required in new[] { "id", "title", "updated" })
        {
            var count = element.Elements(Atom + required).Count();
            if (count != 1)
            {
                problems.Add($"{name}: {count} atom:{required} elements, must be exactly 1");
            }
        }

        if ((string?)element.Element(Atom + "id") is { } id && !IsAbsolute(id))
        {
            problems.Add($"{name}: id '{id}' is not an absolute IRI");
        }

        if ((string?)element.Element(Atom + "updated") is { } updated && !Rfc3339().IsMatch(updated))
        {
            problems.Add($"{name}: updated '{updated}' is not an RFC 3339 date-time");
        }

        foreach (var link in element.Elements(Atom + "link"))
        {
            var href = (string?)link.Attribute("href");
            if (string.IsNullOrEmpty(href))
            {
                problems.Add($"{name}: link without href");
            }
            else if (requireAbsoluteLinks && !IsAbsolute(href))
            {
                problems.Add($"{name}: link '{href}' is not absolute");
            }
        }

        var alternates = element.Elements(Atom + "link")
            .Where(link => (string?)link.Attribute("rel") is null or "alternate")
            .GroupBy(link => ((string?)link.Attribute("type"), (string?)link.Attribute("hreflang")));
        if (alternates.Any(group => group.Count() > 1))
        {
            problems.Add($"{name}: two alternate links of the same type and language");
        }
    }

    // Uri.TryCreate alone would take "/papers/x/" for a Unix file path; an absolute IRI starts with its scheme.
    private static bool IsAbsolute(string iri) => Scheme().IsMatch(iri) && Uri.TryCreate(iri, UriKind.Absolute, out _);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
