using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// A personal publication list: <c>## 2024</c> year sections and <c>- </c> entries whose venue badge is glued to the
/// title (a year sometimes glued to its end), followed by an italic venue line glued to the abstract:
/// <c>*Nikhil Ghosh*, and Mikhail Belkin*SIAM Journal … (SIMODS)*, 2023In this work…</c>.
/// </summary>
internal static partial class PublicationListParser
{
    public const string EntryMarker = "- ";

    public static bool IsEntry(string line) => line.StartsWith(EntryMarker, StringComparison.Ordinal);

    public static bool IsHeading(string line) => line.StartsWith('#');

    public static bool IsYearHeading(string line) => YearHeading().IsMatch(line);

    /// <summary>Whether the line reads as an italic venue line: <c>*In … (ICLR)*, 2023…</c>.</summary>
    public static bool IsVenueLine(string line) => VenueLine().IsMatch(line);

    public static ParsedDump Parse(DumpText text)
    {
        var problems = new DumpProblems(text.File);
        // Lines before the first entry or heading are the page's own text.
        var (_, blocks) = RecordBlock.Split(text.Lines, line => IsEntry(line.Text) || IsHeading(line.Text));

        var records = ImmutableArray.CreateBuilder<RawRecord>();
        int? sectionYear = null;
        for (var index = 0; index < blocks.Length; index++)
        {
            var block = blocks[index];
            if (IsHeading(block.Start.Text))
            {
                // "## 2024" opens a year; any other heading ("### preprints") closes it. Text under a heading before
                // its first entry is the page's own ("* denotes equal contribution").
                var year = YearHeading().Match(block.Start.Text);
                sectionYear = year.Success ? ParseYear(year.Groups["year"].Value) : null;
                continue;
            }

            records.Add(ReadEntry(text.File, block, sectionYear, atEnd: index == blocks.Length - 1, problems));
        }

        return new ParsedDump(text.File, DumpShape.PublicationList, null, records.ToImmutable(), problems.ToImmutable());
    }

    private static RawRecord ReadEntry(string file, RecordBlock block, int? sectionYear, bool atEnd, DumpProblems problems)
    {
        var badgeLine = block.Start.Text[EntryMarker.Length..].Trim();
        var gluedYear = GluedYear().Match(badgeLine);
        if (gluedYear.Success)
        {
            badgeLine = badgeLine[..gluedYear.Index].TrimEnd();
        }

        var venueLine = block.Body.IsEmpty ? Match.Empty : VenueLine().Match(block.Body[0].Text);
        var abstractParts = new List<string>();
        ImmutableArray<string> authors = [];
        var hints = new List<string>();
        int? year = gluedYear.Success ? ParseYear(gluedYear.Value) : sectionYear;
        if (venueLine.Success)
        {
            authors = AuthorList.Parse(venueLine.Groups["authors"].Value, andSeparates: true).Names;
            hints.AddRange(Abbreviation().Matches(venueLine.Groups["venue"].Value).Select(match => match.Groups[1].Value));
            year = ParseYear(venueLine.Groups["year"].Value);
            abstractParts.Add(venueLine.Groups["abstract"].Value.Trim());
        }

        abstractParts.AddRange(block.Body.Skip(venueLine.Success ? 1 : 0).Select(line => line.Text));
        var summary = string.Join(' ', abstractParts.Where(part => part.Length > 0));
        if (summary.Length == 0)
        {
            problems.MissingAbstract(block.Start.Number, atEnd);
        }

        var reading = VenueBadge.Read(badgeLine, hints);
        return new RawRecord
        {
            Source = new SourceRef(file, DumpShape.PublicationList, block.Start.Number),
            Title = reading.Best.Title,
            Venue = reading.Best.Venue,
            VenueNote = reading.Note,
            AlternativeReadings = reading.Alternatives,
            Authors = authors,
            Abstract = summary.Length > 0 ? summary : null,
            Year = year,
        };
    }

    private static int ParseYear(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^#{1,6} ?(?<year>(?:19|20)\d{2})$")]
    private static partial Regex YearHeading();

    // A year glued to the title's end: "…Overfitting is Obligatory2024".
    [GeneratedRegex(@"(?<=[\p{L}.)?!])(?:19|20)\d{2}$")]
    private static partial Regex GluedYear();

    // Authors (optional), the first "*venue*, year", then the abstract run into the year.
    [GeneratedRegex(@"^(?<authors>.*?)\*(?<venue>[^*]+)\*, ?(?<year>(?:19|20)\d{2})(?<abstract>.*)$")]
    private static partial Regex VenueLine();

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Abbreviation();
}
