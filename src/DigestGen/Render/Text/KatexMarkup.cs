using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DigestGen.Render.Text;

/// <summary>
/// Checks that markup said to come from KaTeX is what KaTeX writes (with <c>trust: false</c>): MathML, spans and
/// SVG paths with presentational attributes, and nothing that runs or links. Pages write math markup as-is, and
/// the math cache is a file anyone with the cache folder can edit, so every entry passes here before use; one
/// that does not is typeset again. The markup is parsed as a browser would, and what is returned is the parsed
/// tree written out again, so what was checked is exactly what the page holds.
/// </summary>
internal static class KatexMarkup
{
    private static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "span", "math", "semantics", "annotation", "mrow", "mi", "mo", "mn", "ms", "mtext", "mspace", "msup", "msub",
        "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mlabeledtr",
        "mstyle", "mpadded", "mphantom", "menclose", "svg", "path", "line", "g", "rect", "br",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "class", "style", "aria-hidden", "xmlns", "display", "encoding", "mathvariant", "stretchy", "fence",
        "separator", "lspace", "rspace", "accent", "accentunder", "linethickness", "columnalign", "rowalign",
        "rowspacing", "columnspacing", "columnlines", "rowlines", "scriptlevel", "displaystyle", "width", "height",
        "depth", "voffset", "viewbox", "preserveaspectratio", "d", "x", "y", "x1", "x2", "y1", "y2", "stroke-width",
        "minsize", "maxsize", "movablelimits", "symmetric", "largeop", "mathcolor", "mathbackground", "notation",
        "form", "side", "label", "fill", "stroke",
    ], StringComparer.Ordinal);

    private static readonly string[] UnsafeInValues = ["url(", "expression(", "javascript:", "\\", "<", "&"];

    private static readonly HtmlParser Parser = new();

    /// <summary>KaTeX nests a few dozen levels at most; deeper markup is not KaTeX's (and would be costly to walk).</summary>
    private const int DepthAtMost = 100;

    /// <summary>The markup as the page should hold it, or null when it is not KaTeX's.</summary>
    public static string? Verified(string html)
    {
        var context = Parser.ParseDocument(string.Empty).Body!;
        var nodes = Parser.ParseFragment(html, context);
        var pending = new Stack<(INode Node, int Depth)>(nodes.Select(node => (node, 0)));
        while (pending.TryPop(out var item))
        {
            switch (item.Node)
            {
                case IText:
                    continue;
                case IElement element when item.Depth < DepthAtMost && IsKatex(element):
                    foreach (var child in element.ChildNodes)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    continue;
                default:
                    return null;
            }
        }

        return string.Concat(nodes.Select(node => node.ToHtml()));
    }

    private static bool IsKatex(IElement element) =>
        Elements.Contains(element.LocalName) &&
        element.Attributes.All(attribute => Attributes.Contains(attribute.LocalName.ToLowerInvariant()) && IsPlainValue(attribute.Value));

    private static bool IsPlainValue(string value) =>
        !UnsafeInValues.Any(bad => value.Contains(bad, StringComparison.OrdinalIgnoreCase));
}
