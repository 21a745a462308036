using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DigestGen.Render.Text;

/// <summary>
/// Checks that markup said to come from KaTeX is what KaTeX writes (with <c>trust: false</c>): MathML, spans and
/// SVG paths with presentational attributes, and nothing that runs or links. Pages write math markup as-is, and
/// the math cache is a file anyone with the cache folder can edit, so every entry passes here before use; one
/// that does not is typeset again. The check is a strict grammar rather than an HTML parser, so there is nothing
/// a browser could read differently: text holds no <c>&lt;</c> and only character references; every tag is a known
/// element with known attributes in double quotes, free of <c>&lt;</c>, <c>&amp;</c>, <c>\</c> and <c>url(</c>;
/// every element that opens is closed in order; no comments, no doctype, no processing instructions.
/// </summary>
internal static partial class KatexMarkup
{
    private static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "span", "math", "semantics", "annotation", "mrow", "mi", "mo", "mn", "ms", "mtext", "mspace", "msup", "msub",
        "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mlabeledtr",
        "mstyle", "mpadded", "mphantom", "menclose", "svg", "path", "line", "g", "rect",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "class", "style", "aria-hidden", "xmlns", "display", "encoding", "mathvariant", "stretchy", "fence",
        "separator", "lspace", "rspace", "accent", "accentunder", "linethickness", "columnalign", "rowalign",
        "rowspacing", "columnspacing", "columnlines", "rowlines", "scriptlevel", "displaystyle", "width", "height",
        "depth", "voffset", "viewBox", "preserveAspectRatio", "d", "x", "y", "x1", "x2", "y1", "y2", "stroke-width",
        "minsize", "maxsize", "movablelimits", "symmetric", "largeop", "mathcolor", "mathbackground", "notation",
        "form", "side", "label", "fill", "stroke",
    ], StringComparer.Ordinal);

    /// <summary>KaTeX nests a few dozen levels at most.</summary>
    private const int DepthAtMost = 100;

    /// <summary>Whether <paramref name="html"/> is markup KaTeX could have written, safe to write into a page as-is.</summary>
    public static bool IsKatex(string html)
    {
        var open = new Stack<string>();
        var position = 0;
        while (position < html.Length)
        {
            var token = Token().Match(html, position);
            if (!token.Success || token.Index != position)
            {
                return false;
            }

            position += token.Length;
            if (!token.Groups["name"].Success)
            {
                continue;
            }

            var name = token.Groups["name"].Value;
            if (token.Groups["close"].Success)
            {
                if (!open.TryPop(out var expected) || expected != name)
                {
                    return false;
                }

                continue;
            }

            if (!Elements.Contains(name) || open.Count >= DepthAtMost ||
                !token.Groups["attribute"].Captures.All(attribute => Attributes.Contains(attribute.Value)) ||
                token.Groups["value"].Captures.Any(value => value.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || value.Value.Contains('\\', StringComparison.Ordinal)))
            {
                return false;
            }

            if (!token.Groups["self"].Success)
            {
                open.Push(name);
            }
        }

        return open.Count == 0;
    }

    // One token: a start tag (attributes double-quoted, values without " < > &), an end tag, a run of text, or a
    // character reference.
    [GeneratedRegex("""\G(?:<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:[ \t\n\r\f]+(?<attribute>[a-zA-Z][a-zA-Z:-]*)="(?<value>[^"<>&]*)")*[ \t\n\r\f]*(?<self>/)?>|[^<&]+|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);)""")]
    private static partial Regex Token();
}
