using System.Globalization;
using System.Net;
using System.Text;

namespace DigestGen.Render.Pictures;

/// <summary>
/// Charts drawn at build time as inline SVG: no client-side charting, no layout shift (fixed viewBox, CSS scales
/// it), colours from the theme's CSS variables so light and dark themes both work, and a title and description
/// that screen readers announce. Every number is written with the invariant culture so output is deterministic.
/// </summary>
public static class SvgCharts
{
    /// <summary>Width of a chart spanning the main column; sidebar charts pass a narrower width so labels stay readable.</summary>
    public const int MainWidth = 720;

    public const int SideWidth = 320;

    /// <summary>A bar chart with a baseline, the largest value marked, and first/middle/last axis labels.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<ChartBar> bars, int height = 160, int width = MainWidth)
    {
        var svg = Open(id, title, description, width, height, "chart chart-bars");
        if (bars.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        const int top = 18, bottom = 22, left = 4, right = 4;
        var plotHeight = height - top - bottom;
        var max = Math.Max(1, bars.Max(bar => bar.Value));
        var step = (double)(width - left - right) / bars.Count;
        var gap = step > 6 ? step * 0.2 : 0;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var barHeight = bar.Value == 0 ? 0 : Math.Max(1.5, plotHeight * bar.Value / (double)max);
            svg.Append("<rect class=\"bar\" x=\"").Append(Number(left + (i * step) + (gap / 2)))
                .Append("\" y=\"").Append(Number(top + plotHeight - barHeight))
                .Append("\" width=\"").Append(Number(Math.Max(0.8, step - gap)))
                .Append("\" height=\"").Append(Number(barHeight))
                .Append("\"><title>").Append(Escape(bar.Tooltip)).Append("</title></rect>");
        }

        svg.Append("<line class=\"axis\" x1=\"0\" x2=\"").Append(width).Append("\" y1=\"").Append(top + plotHeight)
            .Append("\" y2=\"").Append(top + plotHeight).Append("\"/>");
        svg.Append("<text class=\"label\" x=\"").Append(left).Append("\" y=\"12\">max ")
            .Append(max.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        foreach (var (index, anchor) in AxisLabels(bars.Count))
        {
            var x = anchor switch
            {
                "start" => left,
                "end" => width - right,
                _ => left + ((index + 0.5) * step),
            };
            svg.Append("<text class=\"label\" text-anchor=\"").Append(anchor).Append("\" x=\"").Append(Number(x))
                .Append("\" y=\"").Append(height - 6).Append("\">").Append(Escape(bars[index].Label)).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A tiny line of counts over time for lists of topics; decorative, so hidden from screen readers.</summary>
    public static string Sparkline(IReadOnlyList<int> values, int width = 120, int height = 28)
    {
        var svg = new StringBuilder();
        svg.Append("<svg class=\"sparkline\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" aria-hidden=\"true\" focusable=\"false\">");
        if (values.Count > 1)
        {
            var max = Math.Max(1, values.Max());
            svg.Append("<polyline points=\"");
            for (var i = 0; i < values.Count; i++)
            {
                var x = (width - 2) * i / (double)(values.Count - 1) + 1;
                var y = height - 2 - ((height - 4) * values[i] / (double)max);
                svg.Append(i == 0 ? string.Empty : " ").Append(Number(x)).Append(',').Append(Number(y));
            }

            svg.Append("\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The 2-D map of papers, one dot per paper coloured by topic (colour classes t0…t11 from the theme), with at
    /// most <paramref name="maxPoints"/> dots (an even sample) so the page stays light for huge digests.
    /// </summary>
    public static string Map(string id, string title, string description, IReadOnlyList<MapDot> dots, int maxPoints = 4000)
    {
        const int size = 600;
        var svg = Open(id, title, description, size, size, "chart chart-map");
        svg.Append("<rect class=\"frame\" x=\"0\" y=\"0\" width=\"").Append(size).Append("\" height=\"").Append(size).Append("\"/>");
        var stride = Math.Max(1, (int)Math.Ceiling(dots.Count / (double)maxPoints));
        for (var i = 0; i < dots.Count; i += stride)
        {
            var dot = dots[i];
            svg.Append("<circle class=\"t").Append(dot.ColourIndex.ToString(CultureInfo.InvariantCulture))
                .Append("\" cx=\"").Append(Number(6 + (dot.X * (size - 12))))
                .Append("\" cy=\"").Append(Number(6 + ((1 - dot.Y) * (size - 12))))
                .Append("\" r=\"3\"><title>").Append(Escape(dot.Tooltip)).Append("</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height, string cssClass)
    {
        var svg = new StringBuilder();
        svg.Append("<svg class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");
        return svg;
    }

    /// <summary>Which bars get an axis label: first, last, and the middle one when there is room.</summary>
    private static IEnumerable<(int Index, string Anchor)> AxisLabels(int count)
    {
        yield return (0, "start");
        if (count >= 5)
        {
            yield return (count / 2, "middle");
        }

        if (count > 1)
        {
            yield return (count - 1, "end");
        }
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text as SVG (XML) may hold it: escaped, without the characters XML refuses.</summary>
    private static string Escape(string text) => WebUtility.HtmlEncode(Model.TextCharacters.Clean(text));
}

/// <summary>A paper on the topic map: unit-square position, topic colour index and tooltip.</summary>
public sealed record MapDot(double X, double Y, int ColourIndex, string Tooltip);
