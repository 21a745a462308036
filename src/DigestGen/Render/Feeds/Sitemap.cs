using System.Text;
using System.Xml;

namespace DigestGen.Render.Feeds;

/// <summary>
/// sitemap.xml per sitemaps.org: one urlset while the site has at most 50,000 pages, else a sitemap index
/// pointing at sitemap-1.xml, sitemap-2.xml… (the protocol's limit per file).
/// </summary>
public static class Sitemap
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Files to write (path, bytes); <paramref name="absolute"/> turns a site path into a full URL.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Write(IReadOnlyList<string> urls, Func<string, string> absolute)
    {
        if (urls.Count <= MaxUrlsPerFile)
        {
            yield return ("sitemap.xml", Document("urlset", "url", urls));
            yield break;
        }

        var parts = urls.Chunk(MaxUrlsPerFile).ToList();
        var names = Enumerable.Range(1, parts.Count).Select(n => $"sitemap-{n}.xml").ToList();
        yield return ("sitemap.xml", Document("sitemapindex", "sitemap", [.. names.Select(name => absolute(name))]));
        for (var i = 0; i < parts.Count; i++)
        {
            yield return (names[i], Document("urlset", "url", parts[i]));
        }
    }

    private static byte[] Document(string root, string item, IReadOnlyList<string> locations)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var location in locations)
            {
                xml.WriteStartElement(item, Namespace);
                xml.WriteElementString("loc", Namespace, location);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
