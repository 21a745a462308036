using DigestGen.Ingest;

namespace DigestGen.Tests.Ingest;

public sealed class RecordHeaderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Theory]
    [InlineData("LGMay 26, 2022Code", null, "LG", "2022-05-26", true)]
    [InlineData("84.7MLApr 23", 84.7, "ML", "2026-04-23", false)]
    [InlineData("91.3LGJun 2", 91.3, "LG", "2026-06-02", false)]
    [InlineData("85CLApr 8", 85.0, "CL", "2026-04-08", false)]
    [InlineData("250.0CVDec 1, 2025Code", 250.0, "CV", "2025-12-01", true)]
    [InlineData("0.0LGFeb 10Code", 0.0, "LG", "2026-02-10", true)]
    [InlineData("12.5 LG Sept 3, 2024 Code", 12.5, "LG", "2024-09-03", true)]
    [InlineData("SYSep 24, 2024", null, "SY", "2024-09-24", false)]
    public void Reads_score_category_date_and_code(string line, double? score, string category, string date, bool code)
    {
        var header = RecordHeader.TryParse(line, AsOf);

        Assert.Equal(new RecordHeader(score, category, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), code), header);
    }

    [Theory]
    [InlineData("2027-01-05", "LGDec 28", "2026-12-28")]
    [InlineData("2027-01-05", "LGJan 5", "2027-01-05")]
    [InlineData("2027-01-05", "LGJan 6", "2026-01-06")]
    [InlineData("2027-03-01", "LGFeb 29", "2024-02-29")]
    [InlineData("2026-11-23", "LGNov 24", "2025-11-24")]
    public void A_date_without_year_is_the_latest_such_day_not_after_the_as_of_date(string asOf, string line, string expected)
    {
        var header = RecordHeader.TryParse(line, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), header!.Date);
    }

    [Theory]
    [InlineData("Matryoshka Representation Learning")]
    [InlineData("LG")]
    [InlineData("lgMay 26, 2022")]
    [InlineData("LGMay 26, 2022 and more")]
    [InlineData("LGMay 2022")]
    public void Other_lines_are_not_headers(string line)
    {
        Assert.False(RecordHeader.IsHeader(line));
        Assert.Null(RecordHeader.TryParse(line, AsOf));
    }

    [Fact]
    public void A_month_and_day_that_make_no_date_leave_the_date_empty()
    {
        Assert.Null(RecordHeader.TryParse("LGFeb 30, 2024", AsOf)!.Date);
        Assert.Null(RecordHeader.TryParse("LGApr 31", AsOf)!.Date);
    }

    [Fact]
    public void Yearless_days_are_those_of_headers_and_of_headers_glued_to_a_line_but_not_of_dated_ones()
    {
        DumpLine[] lines =
        [
            new(1, "84.7MLApr 23"), new(2, "LGMay 26, 2022Code"), new(3, "We study transformers.91.3LGJun 2"),
            new(4, "An abstract ending in 2023.LGDec 1, 2025"), new(5, "LGApr 23Code"), new(6, "Seen at NeurIPS Dec 10"),
        ];

        Assert.Equal([new MonthDay(4, 23), new MonthDay(6, 2)], RecordHeader.YearlessDays(lines).ToArray());
    }

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-04-23", true)]
    [InlineData("2027-04-07", true)]
    [InlineData("2026-04-22", false)]
    [InlineData("2027-04-08", false)]
    [InlineData("2027-11-23", false)]
    public void Yearless_dates_read_alike_on_the_days_on_which_each_falls_in_the_same_year(string day, bool alike)
    {
        var dates = new YearlessDates(AsOf, [new MonthDay(4, 23), new MonthDay(4, 8), new MonthDay(2, 30)]);

        Assert.Equal(alike, dates.ReadAlikeOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
