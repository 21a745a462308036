using System.Xml.Linq;
using DigestGen.Render.Feeds;
using DigestGen.Render.Pictures;

namespace DigestGen.Tests.Render;

public sealed class SvgChartsTests
{
    [Fact]
    public void Bar_chart_is_well_formed_labelled_and_scaled_to_the_largest_value()
    {
        var bars = new List<ChartBar> { new("Mon", 2, "Mon: 2 papers"), new("Tue", 0, "Tue: 0 papers"), new("Wed", 4, "Wed: <4> papers") };
        var svg = XElement.Parse(SvgCharts.Bars("c", "Papers & days", "desc", bars, 100));
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("Papers & days", svg.Elements().First(e => e.Name.LocalName == "title").Value);
        var heights = svg.Elements().Where(e => e.Name.LocalName == "rect").Select(rect => double.Parse(rect.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([27, 0, 54], heights);
        Assert.Contains(svg.Descendants(), e => e.Value == "Wed: <4> papers");
    }

    private static List<string> Labels(string svg) =>
        [.. XElement.Parse(svg).Elements().Where(e => e.Name.LocalName == "text").Select(text => text.Value)];

    [Fact]
    public void Few_bars_are_all_labelled_with_name_and_value_many_bars_none_only_the_axis_ends()
    {
        var six = Enumerable.Range(2020, 6).Select(year => new ChartBar(year.ToString(System.Globalization.CultureInfo.InvariantCulture), year - 2019, "t")).ToList();
        var labels = Labels(SvgCharts.Bars("c", "t", "d", six));
        Assert.Equal(six.Select(bar => bar.Label).Order(), labels.Where(label => label.StartsWith("20", StringComparison.Ordinal)).Order());
        Assert.Equal(six.Select(bar => bar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), labels.Where(label => label.Length == 1).Order());

        var month = ChartSeries.Daily([new DateOnly(2024, 5, 20)], new DateOnly(2024, 5, 30), 30, "paper");
        Assert.Equal(["max 1", "May 1", "May 30"], Labels(SvgCharts.Bars("c", "t", "d", month)));
    }

    [Fact]
    public void A_long_bar_label_is_shortened_to_fit_under_its_bar()
    {
        var bars = Enumerable.Range(0, 12).Select(i => new ChartBar($"Learning, Networks, Training {i}", i, "t")).ToList();
        Assert.All(Labels(SvgCharts.Bars("c", "t", "d", bars)).Where(label => label.Contains("Learning", StringComparison.Ordinal)), label => Assert.True(label.Length <= 6, label));
    }

    [Fact]
    public void Series_fill_empty_periods_with_zeros()
    {
        var days = ChartSeries.Daily([new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)], new DateOnly(2024, 5, 3), 3, "paper");
        Assert.Equal([1, 0, 2], days.Select(bar => bar.Value));
        Assert.Equal("2024-05-03: 2 papers", days[^1].Tooltip);
        Assert.Equal([3, 0, 1], ChartSeries.Yearly([2019, 2019, 2019, 2021], "paper").Select(bar => bar.Value));
    }

    [Fact]
    public void Months_run_through_the_as_of_month_so_a_quiet_spell_shows_as_empty()
    {
        var months = ChartSeries.Monthly([new DateOnly(2026, 4, 8), new DateOnly(2026, 6, 2)], "paper", new DateOnly(2026, 9, 23));
        Assert.Equal(["Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026"], months.Select(bar => bar.Label));
        Assert.Equal([1, 0, 1, 0, 0, 0], months.Select(bar => bar.Value));
        Assert.Equal("Sep 2026", ChartSeries.Monthly([new DateOnly(2026, 9, 2)], "paper", new DateOnly(2026, 1, 1)).Single().Label);
    }

    [Fact]
    public void Map_samples_huge_digests_evenly()
    {
        var dots = Enumerable.Range(0, 10_000).Select(i => new MapDot(i / 10_000.0, 0.5, i % 12, $"p{i}")).ToList();
        var svg = XElement.Parse(SvgCharts.Map("m", "Map", "desc", dots, maxPoints: 1000));
        Assert.Equal(1000, svg.Elements().Count(e => e.Name.LocalName == "circle"));
    }

    [Fact]
    public void Sitemap_splits_into_an_index_past_fifty_thousand_urls()
    {
        var urls = Enumerable.Range(0, Sitemap.MaxUrlsPerFile + 1).Select(i => $"https://x.org/papers/{i}/").ToList();
        var files = Sitemap.Write(urls, name => "https://x.org/" + name).ToList();
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], files.Select(file => file.Path));
        Assert.Equal("sitemapindex", XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Content)).Root!.Name.LocalName);
    }
}
