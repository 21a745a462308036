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

    /// <summary>Up to this many bars, every bar is labelled with its name and value; beyond, none is, and the axis shows its two ends.</summary>
    public const int LabelEveryBarUpTo = 12;

    /// <summary>A bar chart with a baseline: every bar labelled (few bars) or a time axis with its ends and the largest value (many).</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<ChartBar> bars, int height = 160, int width = MainWidth)
    {
        var svg = Open(id, title, description, width, height, width > SideWidth ? "chart chart-bars wide" : "chart chart-bars");
        if (bars.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        const int top = 24, bottom = 22, left = 4, right = 4;
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
        if (bars.Count <= LabelEveryBarUpTo)
        {
            // Few bars: each gets its label below and its value above, so none is left to guess.
            // Wide charts get bigger labels on phones (site.css), so fewer characters fit under a bar.
            var fits = Math.Max(3, (int)(step / (width > SideWidth ? 11 : 7.5)));
            for (var i = 0; i < bars.Count; i++)
            {
                var middle = Number(left + ((i + 0.5) * step));
                var barHeight = bars[i].Value == 0 ? 0 : Math.Max(1.5, plotHeight * bars[i].Value / (double)max);
                svg.Append("<text class=\"label value\" text-anchor=\"middle\" x=\"").Append(middle).Append("\" y=\"").Append(Number(top + plotHeight - barHeight - 4))
                    .Append("\">").Append(bars[i].Value.ToString(CultureInfo.InvariantCulture)).Append("</text>");
                svg.Append("<text class=\"label\" text-anchor=\"middle\" x=\"").Append(middle).Append("\" y=\"").Append(height - 6).Append("\">")
                    .Append(Escape(Display.Shorten(bars[i].Label, fits))).Append("</text>");
            }

            return svg.Append("</svg>").ToString();
        }

        // Many bars: a time axis, labelled only at its two ends, and the scale.
        svg.Append("<text class=\"label\" x=\"").Append(left).Append("\" y=\"18\">max ")
            .Append(max.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        foreach (var (index, anchor, x) in new[] { (0, "start", left), (bars.Count - 1, "end", width - right) })
        {
            svg.Append("<text class=\"label\" text-anchor=\"").Append(anchor).Append("\" x=\"").Append(x)
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
    /// The 2-D map of papers, one mark per paper in its area's colour (classes t0…t7 from the theme, t-none for a
    /// paper without a topic) and shape (<see cref="MapDot.Shape"/>: a second cue beyond eight areas, and for readers
    /// who tell colours apart poorly), with at most <paramref name="maxPoints"/> marks (an even sample) so the page
    /// stays light for huge digests.
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
            AppendMark(svg, dot.ColourIndex, dot.Shape, 6 + (dot.X * (size - 12)), 6 + ((1 - dot.Y) * (size - 12)), 3, dot.Tooltip);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>One map mark on its own, for the map's legend.</summary>
    public static string Marker(int colourIndex, int shape)
    {
        var svg = new StringBuilder("<svg class=\"marker\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\">");
        AppendMark(svg, colourIndex, shape, 6, 6, 5, tooltip: null);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A circle, square, triangle or diamond of about the same area around (x, y).</summary>
    private static void AppendMark(StringBuilder svg, int colourIndex, int shape, double x, double y, double radius, string? tooltip)
    {
        var colour = colourIndex < 0 ? "t-none" : "t" + colourIndex.ToString(CultureInfo.InvariantCulture);
        var (element, geometry) = (shape % MapDot.Shapes) switch
        {
            0 => ("circle", $"cx=\"{Number(x)}\" cy=\"{Number(y)}\" r=\"{Number(radius)}\""),
            1 => ("rect", $"x=\"{Number(x - (radius * 0.9))}\" y=\"{Number(y - (radius * 0.9))}\" width=\"{Number(radius * 1.8)}\" height=\"{Number(radius * 1.8)}\""),
            2 => ("polygon", $"points=\"{Number(x)},{Number(y - (radius * 1.2))} {Number(x + (radius * 1.1))},{Number(y + (radius * 0.8))} {Number(x - (radius * 1.1))},{Number(y + (radius * 0.8))}\""),
            _ => ("polygon", $"points=\"{Number(x)},{Number(y - (radius * 1.3))} {Number(x + (radius * 1.3))},{Number(y)} {Number(x)},{Number(y + (radius * 1.3))} {Number(x - (radius * 1.3))},{Number(y)}\""),
        };
        svg.Append('<').Append(element).Append(" class=\"mark ").Append(colour).Append("\" ").Append(geometry);
        if (tooltip is null)
        {
            svg.Append("/>");
            return;
        }

        svg.Append("><title>").Append(Escape(tooltip)).Append("</title></").Append(element).Append('>');
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

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text as SVG (XML) may hold it: escaped, without the characters XML refuses.</summary>
    private static string Escape(string text) => WebUtility.HtmlEncode(Model.TextCharacters.Clean(text));
}

/// <summary>
/// A paper on the topic map: unit-square position, its area's colour index (-1: no topic) and shape (0 circle,
/// 1 square, 2 triangle, 3 diamond), and tooltip.
/// </summary>
public sealed record MapDot(double X, double Y, int ColourIndex, string Tooltip, int Shape = 0)
{
    public const int Shapes = 4;
}
