using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// What must hold for every site a build leaves in its output folder, whatever the input was: every HTML page
/// complete and well formed, no link or image a browser would run as script, every XML and JSON file readable.
/// Written independently of the renderer's own URL rule, so a hole in that rule shows here.
/// </summary>
internal static class SiteInvariants
{
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "cite", "data", "background", "xlink:href"];

    private static readonly HashSet<string> SafeSchemes = new(["http", "https", "mailto"], StringComparer.Ordinal);

    /// <summary>Every broken rule, as "path: what is wrong"; empty when the site is sound.</summary>
    public static IReadOnlyList<string> Check(string siteFolder)
    {
        var problems = new List<string>();
        foreach (var path in Directory.EnumerateFiles(siteFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(siteFolder, path).Replace('\\', '/');
            if (relative.StartsWith(".cache/", StringComparison.Ordinal) || relative.StartsWith('.'))
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            IEnumerable<string> fileProblems = Path.GetExtension(path) switch
            {
                ".html" => CheckPage(text),
                ".svg" => CheckXml(text, isFeed: false),
                ".xml" => CheckXml(text, isFeed: true),
                ".json" => CheckJson(text, checkUrls: relative.EndsWith("feed.json", StringComparison.Ordinal)),
                _ => [],
            };
            problems.AddRange(fileProblems.Select(problem => $"{relative}: {problem}"));
        }

        return problems;
    }

    /// <summary>A complete HTML document: one html, head with a title, body, closed at the end; safe URLs only.</summary>
    public static IEnumerable<string> CheckPage(string html)
    {
        if (!html.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
        {
            yield return $"does not end with </html> (cut off?): …{Tail(html)}";
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        var errors = new List<string>();
        parser.Error += (_, error) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)error).Message);
        var document = parser.ParseDocument(html);
        if (document.Head is null || document.Body is null || string.IsNullOrWhiteSpace(document.Title))
        {
            yield return "no head, body or title";
        }

        foreach (var error in errors.Distinct().Take(3))
        {
            yield return "HTML parse error: " + error;
        }

        foreach (var problem in UnsafeUrls(document.All))
        {
            yield return problem;
        }
    }

    /// <summary>Whether a browser would follow the URL to something other than a page, a file or a mail form.</summary>
    public static bool IsUnsafeUrl(string url)
    {
        // As a browser reads it: leading and trailing controls and spaces dropped, tabs and newlines removed anywhere.
        var cleaned = new string([.. url.Trim('\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b', '\t', '\n', '\v', '\f', '\r', ' ', '\u000e', '\u000f', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001a', '\u001b', '\u001c', '\u001d', '\u001e', '\u001f')
            .Where(c => c is not ('\t' or '\n' or '\r'))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var scheme = cleaned[..colon];
        var isScheme = char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
        return isScheme && !SafeSchemes.Contains(scheme.ToLowerInvariant());
    }

    private static IEnumerable<string> UnsafeUrls(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                if (!UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var urls = attribute.Name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                    ? attribute.Value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0])
                    : [attribute.Value];
                foreach (var url in urls.Where(IsUnsafeUrl))
                {
                    yield return $"unsafe {attribute.Name} on <{element.LocalName}>: {Shorten(url)}";
                }
            }
        }
    }

    /// <summary>Parses as XML; feeds also have the HTML of their entries checked like a page's.</summary>
    private static IEnumerable<string> CheckXml(string text, bool isFeed)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException e)
        {
            return [$"not well-formed XML: {e.Message}"];
        }

        var problems = new List<string>();
        foreach (var attribute in document.Descendants().Attributes())
        {
            if (UrlAttributes.Contains(attribute.Name.LocalName, StringComparer.OrdinalIgnoreCase) && IsUnsafeUrl(attribute.Value))
            {
                problems.Add($"unsafe {attribute.Name.LocalName} on <{attribute.Parent!.Name.LocalName}>: {Shorten(attribute.Value)}");
            }
        }

        if (isFeed)
        {
            foreach (var html in document.Descendants().Where(element => (string?)element.Attribute("type") == "html"))
            {
                var fragment = new HtmlParser().ParseDocument("<body>" + html.Value + "</body>");
                problems.AddRange(UnsafeUrls(fragment.All).Select(problem => $"in an entry's HTML: {problem}"));
            }
        }

        return problems;
    }

    private static IEnumerable<string> CheckJson(string text, bool checkUrls)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            return checkUrls ? UnsafeJsonUrls(json.RootElement).ToList() : [];
        }
        catch (JsonException e)
        {
            return [$"not valid JSON: {e.Message}"];
        }
    }

    /// <summary>JSON Feed links (url, external_url, image…) are followed by feed readers: the same rule applies.</summary>
    private static IEnumerable<string> UnsafeJsonUrls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Value.ValueKind == JsonValueKind.String && property.Name.EndsWith("url", StringComparison.OrdinalIgnoreCase) && IsUnsafeUrl(property.Value.GetString()!)
                ? [$"unsafe {property.Name}: {Shorten(property.Value.GetString()!)}"]
                : UnsafeJsonUrls(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(UnsafeJsonUrls),
        _ => [],
    };

    private static string Tail(string text) => Shorten(text.Length > 80 ? text[^80..] : text);

    private static string Shorten(string text) => (text.Length > 120 ? text[..120] + "…" : text).ReplaceLineEndings(" ");
}
