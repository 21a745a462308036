using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Tells a dump's shape from its content, never its name, by counting the lines that only one shape has:
/// profile stats, record headers, "Abstract:" openers, "- " entries with venue lines or year headings, and
/// title/abstract line pairs.
/// </summary>
internal static class ShapeDetector
{
    /// <summary>At least this share of a trending list's lines must fall into title/abstract pairs.</summary>
    private const double TrendingPairShare = 0.6;

    public static DumpShape? Detect(DumpText text)
    {
        var lines = text.Lines;
        if (lines.IsEmpty)
        {
            return null;
        }

        var headers = lines.Count(line => RecordHeader.IsHeader(line.Text));
        if (headers > 0 && ProfilePageParser.CountStatLines(lines) >= 2)
        {
            return DumpShape.ProfilePage;
        }

        // A feed record takes three lines: header, title with authors, abstract.
        if (headers > 0 && headers * 4 >= lines.Length)
        {
            return DumpShape.PaperFeed;
        }

        var abstracts = lines.Count(line => AbstractListingParser.OpensRecord(line.Text));
        if (abstracts > 0 && abstracts * 3 >= lines.Length)
        {
            return DumpShape.AbstractListing;
        }

        var entries = lines.Count(line => PublicationListParser.IsEntry(line.Text));
        var entryContext = lines.Count(line => PublicationListParser.IsHeading(line.Text) || PublicationListParser.IsVenueLine(line.Text));
        if (entries > 0 && (entryContext > 0 || entries * 3 >= lines.Length))
        {
            return DumpShape.PublicationList;
        }

        return TrendingListParser.HasChrome(lines) || LooksLikeTitleAbstractPairs(text) ? DumpShape.TrendingList : null;
    }

    private static bool LooksLikeTitleAbstractPairs(DumpText text)
    {
        var lines = text.Lines;
        var paired = 0;
        for (var index = 0; index + 1 < lines.Length; index++)
        {
            if (!Prose.LooksLikeAbstract(lines[index].Text) && Prose.LooksLikeAbstract(lines[index + 1].Text))
            {
                paired += 2;
                index++;
            }
        }

        return paired > 0 && paired >= lines.Length * TrendingPairShare;
    }
}
