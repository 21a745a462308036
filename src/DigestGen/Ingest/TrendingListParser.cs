using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// A trending list: site chrome ending in a "Subscribe" button glued to the first title, then a title line and an
/// abstract line per paper, in rank order.
/// </summary>
internal static class TrendingListParser
{
    public const string ChromeEnd = "Subscribe";

    /// <summary>The chrome is short; a "Subscribe" further down is part of a title or abstract.</summary>
    private const int ChromeLinesAtMost = 10;

    public static ParsedDump Parse(DumpText text)
    {
        var problems = new DumpProblems(text.File);
        if (!HasChrome(text.Lines))
        {
            // Without the page's header the shape rests on lines pairing up as title and abstract, which prose with
            // headings does too: the records are kept, and the person building is told what they were taken for.
            problems.Warn(DiagnosticCodes.UnsureTrendingList, text.Lines[0].Number,
                "read as a trending list only because its lines pair up as title and abstract (the page's \"Subscribe\" header is missing)",
                "if this is a listing, copy the page from its top; if it is notes or prose, move it out of the input folder");
        }

        var lines = WithoutChrome(text.Lines);
        var records = ImmutableArray.CreateBuilder<RawRecord>();
        var index = 0;
        while (index < lines.Length)
        {
            // Lines alternate title, abstract. Where the pattern breaks, the text decides: a title-like line followed
            // by an abstract-like one starts a record, so a missing abstract or a stray abstract costs one record only.
            var title = lines[index];
            if (Prose.LooksLikeAbstract(title.Text) && StartsPair(lines, index + 1))
            {
                problems.UnrecognisedLine(title, "a title (this reads like an abstract with no title before it)");
                index++;
                continue;
            }

            var next = index + 1 < lines.Length ? lines[index + 1] : (DumpLine?)null;
            var summary = next is { } line && !StartsPair(lines, index + 1) ? line.Text : null;
            if (summary is null)
            {
                problems.MissingAbstract(title.Number, atEndOfFile: next is null);
            }

            records.Add(new RawRecord
            {
                Source = new SourceRef(text.File, DumpShape.TrendingList, title.Number),
                Title = title.Text,
                Abstract = summary,
                TrendingRank = records.Count + 1,
            });
            index += summary is null ? 1 : 2;
        }

        return new ParsedDump(text.File, DumpShape.TrendingList, null, records.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Whether the line at <paramref name="index"/> reads as a title and the line after it as an abstract.</summary>
    private static bool StartsPair(ImmutableArray<DumpLine> lines, int index) =>
        index + 1 < lines.Length && !Prose.LooksLikeAbstract(lines[index].Text) && Prose.LooksLikeAbstract(lines[index + 1].Text);

    /// <summary>Whether the lines open with the site's chrome ("Get trending papers…", "Subscribe").</summary>
    public static bool HasChrome(ImmutableArray<DumpLine> lines) => ChromeEndIndex(lines) >= 0;

    private static ImmutableArray<DumpLine> WithoutChrome(ImmutableArray<DumpLine> lines)
    {
        var end = ChromeEndIndex(lines);
        if (end < 0)
        {
            return lines;
        }

        var firstTitle = lines[end].Text[ChromeEnd.Length..].Trim();
        return firstTitle.Length > 0
            ? [lines[end] with { Text = firstTitle }, .. lines[(end + 1)..]]
            : lines[(end + 1)..];
    }

    private static int ChromeEndIndex(ImmutableArray<DumpLine> lines)
    {
        for (var index = 0; index < Math.Min(lines.Length, ChromeLinesAtMost); index++)
        {
            // "Subscribe" alone, or glued to the first title; "Subscribers…" would be a title.
            var text = lines[index].Text;
            if (text.StartsWith(ChromeEnd, StringComparison.Ordinal) && (text.Length == ChromeEnd.Length || !char.IsLower(text[ChromeEnd.Length])))
            {
                return index;
            }
        }

        return -1;
    }
}
