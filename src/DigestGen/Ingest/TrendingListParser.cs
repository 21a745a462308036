using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// A trending list: site chrome ending in a "Subscribe" button glued to the first title, then a title line and an
/// abstract line per paper, in rank order.
/// </summary>
internal static partial class TrendingListParser
{
    public const string ChromeEnd = "Subscribe";

    /// <summary>The chrome is short; a "Subscribe" further down is part of a title or abstract.</summary>
    private const int ChromeLinesAtMost = 10;

    /// <summary>Titles run to a couple of dozen words at most; abstracts rarely run shorter.</summary>
    private const int AbstractWordsAtLeast = 25;

    public static ParsedDump Parse(DumpText text)
    {
        var problems = new DumpProblems(text.File);
        var lines = WithoutChrome(text.Lines);
        var records = ImmutableArray.CreateBuilder<RawRecord>();
        var index = 0;
        while (index < lines.Length)
        {
            var title = lines[index];
            if (LooksLikeAbstract(title.Text))
            {
                problems.UnrecognisedLine(title, "a title (this reads like an abstract with no title before it)");
                index++;
                continue;
            }

            // Normally the next line is the abstract. It is the next record's title instead when it reads like a
            // title and the line after it reads like an abstract.
            var next = index + 1 < lines.Length ? lines[index + 1] : (DumpLine?)null;
            var nextIsTitle = next is { } candidate && !LooksLikeAbstract(candidate.Text)
                && index + 2 < lines.Length && LooksLikeAbstract(lines[index + 2].Text);
            var summary = next is { } line && !nextIsTitle ? line.Text : null;
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

    /// <summary>Whether the lines open with the site's chrome ("Get trending papers…", "Subscribe").</summary>
    public static bool HasChrome(ImmutableArray<DumpLine> lines) => ChromeEndIndex(lines) >= 0;

    /// <summary>A line that reads as prose rather than a title: long, or more than one sentence.</summary>
    public static bool LooksLikeAbstract(string line) =>
        line.Count(c => c == ' ') + 1 >= AbstractWordsAtLeast || SentenceBreak().IsMatch(line);

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

    // A full stop after a word of three or more letters: "…well. We…", not "vs. Memory" or "et al. (2021)";
    // question marks are left out, titles ask questions ("Memorization? A Short Tale").
    [GeneratedRegex(@"\p{Ll}{3}\. \p{Lu}")]
    private static partial Regex SentenceBreak();
}
