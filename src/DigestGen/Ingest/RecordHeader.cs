using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// The line that opens a record in profile pages and paper feeds: <c>[score]CATMon D[, YYYY][Code]</c>,
/// e.g. <c>LGMay 26, 2022Code</c> or <c>84.7MLApr 23</c>. The pieces are glued together on the page.
/// </summary>
/// <param name="Date">Null when the month and day do not make a date (reported by the parser).</param>
internal sealed partial record RecordHeader(double? Score, string Category, DateOnly? Date, bool HasCode)
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>How far back a yearless date may reach for a valid day (29 February needs up to eight years).</summary>
    private const int YearsToLookBack = 8;

    public static bool IsHeader(string line) => Pattern().IsMatch(line);

    /// <summary>
    /// The distinct month and day of every header date without a year in these lines, headers glued to a line's end
    /// included: what reading the lines on another day may change.
    /// </summary>
    public static ImmutableArray<MonthDay> YearlessDays(IEnumerable<DumpLine> lines)
    {
        var days = new SortedSet<MonthDay>(Comparer<MonthDay>.Create((a, b) => (a.Month, a.Day).CompareTo((b.Month, b.Day))));
        foreach (var line in lines)
        {
            var header = IsHeader(line.Text) ? line.Text : EndsInGluedHeader(line.Text) ? GluedAtEnd().Match(line.Text).Value : null;
            if (header is not null && Pattern().Match(header) is { Success: true } match && !match.Groups["year"].Success)
            {
                days.Add(ReadMonthDay(match));
            }
        }

        return [.. days];
    }

    /// <summary>Whether a line that is not a header ends in one glued on (see <see cref="SeparateGlued"/>).</summary>
    /// <remarks>Every abstract line is asked, so lines that cannot end in a header (a day or "Code") skip the regex.</remarks>
    public static bool EndsInGluedHeader(string line) =>
        line.Length > 0 && (char.IsAsciiDigit(line[^1]) || line.EndsWith("Code", StringComparison.Ordinal))
        && !IsHeader(line) && GluedAtEnd().IsMatch(line);

    /// <summary>
    /// Puts a header glued to the end of the line before it on a line of its own, reporting each (DG0114): a dump
    /// whose last line has no newline, joined to another ("…in 2023.84.7MLApr 23"), would otherwise read the next
    /// record as more of the previous abstract. Only the glued form as pages print it counts (no space before the
    /// header or inside it), so an abstract ending "… at NeurIPS Dec 10, 2024" stays as it is.
    /// </summary>
    public static ImmutableArray<DumpLine> SeparateGlued(ImmutableArray<DumpLine> lines, DumpProblems problems)
    {
        if (!lines.Any(line => EndsInGluedHeader(line.Text)))
        {
            return lines;
        }

        var separated = ImmutableArray.CreateBuilder<DumpLine>(lines.Length + 1);
        foreach (var line in lines)
        {
            if (!EndsInGluedHeader(line.Text))
            {
                separated.Add(line);
                continue;
            }

            var glued = GluedAtEnd().Match(line.Text);
            problems.Warn(DiagnosticCodes.GluedRecordHeader, line.Number,
                $"a record header is glued to the end of this line (\"{glued.Value}\"): the text before it probably ended a dump without a final newline; read as two lines",
                "end every dump with a newline before joining dumps into one file (or keep them as separate files)");
            separated.Add(line with { Text = line.Text[..glued.Index].TrimEnd() });
            separated.Add(line with { Text = glued.Value });
        }

        return separated.ToImmutable();
    }

    /// <summary>Reads a header line; a date without a year is the latest such day not after <paramref name="asOf"/>.</summary>
    public static RecordHeader? TryParse(string line, DateOnly asOf)
    {
        var match = Pattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        double? score = match.Groups["score"].Success
            ? double.Parse(match.Groups["score"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;
        var (month, day) = ReadMonthDay(match);
        var date = match.Groups["year"].Success
            ? TryDate(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, day)
            : LatestOnOrBefore(month, day, asOf);
        return new RecordHeader(score, match.Groups["category"].Value, date, match.Groups["code"].Success);
    }

    private static MonthDay ReadMonthDay(Match match) =>
        new(Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));

    // Listings show only papers already out, so a yearless "Dec 28" seen on 5 January is last year's.
    public static DateOnly? LatestOnOrBefore(int month, int day, DateOnly asOf)
    {
        for (var year = asOf.Year; year > asOf.Year - YearsToLookBack; year--)
        {
            if (TryDate(year, month, day) is { } date && date <= asOf)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // A month as headers print it ("Apr", "Sept.", "December"): one spelling for the header and its glued form.
    private const string MonthName = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?";

    [GeneratedRegex(
        @"^(?:(?<score>\d{1,4}(?:\.\d+)?) ?)?(?<category>[A-Z]{2}) ?(?<month>" + MonthName + @") (?<day>\d{1,2})(?:, ?(?<year>\d{4}))?(?: ?(?<code>Code))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // "84.7MLApr 23", "LGMay 26, 2022Code" right after the last character of a line's text.
    [GeneratedRegex(
        @"(?<=\S)(?:\d{1,4}(?:\.\d+)?)?[A-Z]{2}" + MonthName + @" \d{1,2}(?:, ?\d{4})?(?:Code)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex GluedAtEnd();
}
