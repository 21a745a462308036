using System.Text;
using System.Xml;

namespace DigestGen.Render.Feeds;

/// <summary>Atom 1.0 (RFC 4287), written with XmlWriter so every title and summary is escaped correctly.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedChannel channel, DateOnly emptyFeedUpdated)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("title", Namespace, channel.Title);
            xml.WriteElementString("id", Namespace, channel.Id);
            xml.WriteElementString("updated", Namespace, Timestamp(channel.Updated(emptyFeedUpdated)));
            Link(xml, "self", channel.SelfUrl, "application/atom+xml");
            Link(xml, "alternate", channel.PageUrl, "text/html");
            // A feed-level author makes entries without authors valid (RFC 4287 §4.1.1).
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, channel.Author);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Namespace);
            xml.WriteString("DigestGen");
            xml.WriteEndElement();
            foreach (var entry in channel.Entries)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("title", Namespace, entry.Title);
                xml.WriteElementString("id", Namespace, entry.Id);
                xml.WriteElementString("published", Namespace, Timestamp(entry.Updated));
                xml.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                Link(xml, "alternate", entry.Url, "text/html");
                if (entry.PaperUrl is { } paperUrl)
                {
                    Link(xml, "related", paperUrl, "text/html", "Paper");
                }

                if (entry.CodeUrl is { } codeUrl)
                {
                    Link(xml, "related", codeUrl, "text/html", "Code");
                }
                foreach (var author in entry.Authors)
                {
                    xml.WriteStartElement("author", Namespace);
                    xml.WriteElementString("name", Namespace, author);
                    xml.WriteEndElement();
                }

                if (entry.Category is { } category)
                {
                    xml.WriteStartElement("category", Namespace);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Namespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type, string? title = null)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        if (title is not null)
        {
            xml.WriteAttributeString("title", title);
        }

        xml.WriteEndElement();
    }

    internal static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
