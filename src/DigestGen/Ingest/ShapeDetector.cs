using System.Collections.Immutable;
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

        // A header glued to the line before it (two dumps joined) still opens a record.
        var headers = lines.Count(line => RecordHeader.IsHeader(line.Text) || RecordHeader.EndsInGluedHeader(line.Text));
        if (headers > 0 && (ProfilePageParser.CountStatLines(lines) >= 2 || MostHaveAnAuthorLine(lines)))
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

        // "- " entries alone are any bulleted list; a publication list also has year headings or venue lines.
        var entries = lines.Count(line => PublicationListParser.IsEntry(line.Text));
        if (entries > 0 && lines.Any(line => PublicationListParser.IsYearHeading(line.Text) || PublicationListParser.IsVenueLine(line.Text)))
        {
            return DumpShape.PublicationList;
        }

        return TrendingListParser.HasChrome(lines) || LooksLikeTitleAbstractPairs(text) ? DumpShape.TrendingList : null;
    }

    /// <summary>
    /// A profile page copied without its stats still differs from a feed: the line after the title is a list of
    /// names, where a feed has the abstract.
    /// </summary>
    private static bool MostHaveAnAuthorLine(ImmutableArray<DumpLine> lines)
    {
        var (_, blocks) = RecordBlock.Split(lines, line => RecordHeader.IsHeader(line.Text));
        // Stops as soon as the majority is settled: a feed's second lines are abstracts, costly to read as names.
        var (withNames, without) = (0, 0);
        foreach (var block in blocks)
        {
            if (block.Body.Length > 1 && IsAuthorLine(block.Body[1].Text))
            {
                withNames++;
            }
            else
            {
                without++;
            }

            if (withNames * 2 > blocks.Length || without * 2 >= blocks.Length)
            {
                break;
            }
        }

        return withNames * 2 > blocks.Length;
    }

    // "No." under a feed's title is a one-word abstract (a real arXiv one), not an author: a lone name is never
    // shortened.
    private static bool IsAuthorLine(string text) =>
        !(text.EndsWith('.') && !text.Contains(' ', StringComparison.Ordinal)) && AuthorList.Parse(text, andSeparates: false).AllNamesPlausible;

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
