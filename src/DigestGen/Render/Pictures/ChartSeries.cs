using System.Globalization;

namespace DigestGen.Render.Pictures;

/// <summary>Counts of dated things per day, month or year, with the empty periods in between kept as zeros.</summary>
public static class ChartSeries
{
    public static List<ChartBar> Daily(IEnumerable<DateOnly> dates, DateOnly last, int days, string noun)
    {
        var counts = dates.Where(date => date <= last && date > last.AddDays(-days)).CountBy(date => date).ToDictionary();
        return [.. Enumerable.Range(0, days).Select(offset =>
        {
            var day = last.AddDays(offset - days + 1);
            var count = counts.GetValueOrDefault(day);
            return new ChartBar(day.ToString("MMM d", CultureInfo.InvariantCulture), count, $"{day:yyyy-MM-dd}: {Plural(count, noun)}");
        })];
    }

    /// <summary>
    /// Per month from the first month seen through <paramref name="through"/>'s month (or the last month seen, if
    /// later), at most <paramref name="maxMonths"/> (the latest ones): quiet months up to today show as empty.
    /// </summary>
    public static List<ChartBar> Monthly(IEnumerable<DateOnly> dates, string noun, DateOnly through, int maxMonths = 36)
    {
        var counts = dates.CountBy(date => new DateOnly(date.Year, date.Month, 1)).ToDictionary();
        if (counts.Count == 0)
        {
            return [];
        }

        var last = new[] { counts.Keys.Max(), new DateOnly(through.Year, through.Month, 1) }.Max();
        var first = counts.Keys.Min();
        if (first < last.AddMonths(-(maxMonths - 1)))
        {
            first = last.AddMonths(-(maxMonths - 1));
        }

        var bars = new List<ChartBar>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var count = counts.GetValueOrDefault(month);
            bars.Add(new ChartBar(month.ToString("MMM yyyy", CultureInfo.InvariantCulture), count,
                $"{month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}: {Plural(count, noun)}"));
        }

        return bars;
    }

    public static List<ChartBar> Yearly(IEnumerable<int> years, string noun)
    {
        var counts = years.CountBy(year => year).ToDictionary();
        if (counts.Count == 0)
        {
            return [];
        }

        return [.. Enumerable.Range(counts.Keys.Min(), counts.Keys.Max() - counts.Keys.Min() + 1).Select(year =>
        {
            var count = counts.GetValueOrDefault(year);
            var label = year.ToString(CultureInfo.InvariantCulture);
            return new ChartBar(label, count, $"{label}: {Plural(count, noun)}");
        })];
    }

    public static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
