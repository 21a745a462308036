using System.Collections.Immutable;
using System.Text;

namespace DigestGen.Render.Text;

/// <summary>
/// Splits abstract text into plain text, math (<c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>) and the two
/// text styles abstracts use (<c>\textbf{…}</c>, <c>\textit{…}</c>/<c>\emph{…}</c>). Anything it does not
/// understand stays text: an unclosed <c>$</c> is a dollar sign, an unknown command is shown as written.
/// </summary>
public static class TexTokenizer
{
    private static readonly (string Command, string Tag)[] Styles =
    [
        ("\\textbf{", "strong"),
        ("\\textit{", "em"),
        ("\\emph{", "em"),
    ];

    public static ImmutableArray<TexToken> Tokenize(string source)
    {
        var tokens = ImmutableArray.CreateBuilder<TexToken>();
        var text = new StringBuilder();
        // One entry per open brace: the style it closes, or null for a plain brace written as text.
        var braces = new Stack<string?>();

        void Flush()
        {
            if (text.Length > 0)
            {
                tokens.Add(new TexToken.Plain(text.ToString()));
                text.Clear();
            }
        }

        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < source.Length && source[i + 1] is '$' or '%' or '&' or '_' or '#' or '{' or '}')
            {
                text.Append(source[i + 1]);
                i += 2;
            }
            else if (c == '\\' && StyleAt(source, i) is { } style)
            {
                Flush();
                tokens.Add(new TexToken.Open(style.Tag));
                braces.Push(style.Tag);
                i += style.Command.Length;
            }
            else if (MathAt(source, i) is { } math)
            {
                Flush();
                tokens.Add(new TexToken.Math(math.Expression));
                i = math.End;
            }
            else if (c == '{')
            {
                braces.Push(null);
                text.Append(c);
                i++;
            }
            else if (c == '}' && braces.Count > 0)
            {
                if (braces.Pop() is { } tag)
                {
                    Flush();
                    tokens.Add(new TexToken.Close(tag));
                }
                else
                {
                    text.Append(c);
                }

                i++;
            }
            else if (c == '\n' && BlankLineEnd(source, i) is { } end)
            {
                Flush();
                tokens.Add(new TexToken.ParagraphBreak());
                i = end;
            }
            else
            {
                text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
                i++;
            }
        }

        Flush();
        foreach (var tag in braces.Where(tag => tag is not null))
        {
            tokens.Add(new TexToken.Close(tag!));
        }

        return tokens.ToImmutable();
    }

    /// <summary>The math expressions of a text, in order: what the math renderer has to typeset.</summary>
    public static IEnumerable<MathExpression> MathIn(string source) =>
        // Math opens with a dollar or a backslash: most abstracts have neither, and tokenizing all 100,000 of a large
        // site's (for the math to typeset, and again for what KaTeX refused) was a tenth of a nightly's render.
        source.AsSpan().IndexOfAny('$', '\\') < 0 ? [] : Tokenize(source).OfType<TexToken.Math>().Select(math => math.Expression);

    private static (string Command, string Tag)? StyleAt(string source, int i)
    {
        foreach (var style in Styles)
        {
            if (string.CompareOrdinal(source, i, style.Command, 0, style.Command.Length) == 0)
            {
                return style;
            }
        }

        return null;
    }

    private static (MathExpression Expression, int End)? MathAt(string source, int i)
    {
        if (source[i] == '$')
        {
            var display = i + 1 < source.Length && source[i + 1] == '$';
            var open = display ? 2 : 1;
            var close = FindClosing(source, i + open, display ? "$$" : "$");
            if (close < 0)
            {
                return null;
            }

            var tex = source[(i + open)..close].Trim();
            // Pandoc's rule tells money from math ("$5 and $10"): inline math neither starts nor ends with a space,
            // and its closing dollar is not followed by a digit.
            var money = !display && (char.IsWhiteSpace(source[i + 1]) || char.IsWhiteSpace(source[close - 1]) ||
                (close + 1 < source.Length && char.IsAsciiDigit(source[close + 1])));
            if (tex.Length == 0 || money)
            {
                return null;
            }

            return (new MathExpression(tex, display), close + open);
        }

        if (source[i] == '\\' && i + 1 < source.Length && source[i + 1] is '(' or '[')
        {
            var display = source[i + 1] == '[';
            var close = FindClosing(source, i + 2, display ? "\\]" : "\\)");
            if (close < 0)
            {
                return null;
            }

            var tex = source[(i + 2)..close].Trim();
            return tex.Length == 0 ? null : (new MathExpression(tex, display), close + 2);
        }

        return null;
    }

    /// <summary>
    /// Index of the closing delimiter, skipping escaped ones and, for dollars, those inside braces
    /// (<c>$\textit{$k$-NAF}$</c> is one formula) unless the braces never close; -1 if the math runs past a blank
    /// line or the end.
    /// </summary>
    private static int FindClosing(string source, int from, string delimiter)
    {
        var depth = 0;
        var firstInBraces = -1;
        for (var i = from; i < source.Length; i++)
        {
            if (delimiter[0] == '$' && source[i] is '{' or '}')
            {
                depth = Math.Max(0, depth + (source[i] == '{' ? 1 : -1));
                continue;
            }

            if (source[i] == '\\')
            {
                if (string.CompareOrdinal(source, i, delimiter, 0, delimiter.Length) == 0)
                {
                    return i;
                }

                i++;
                continue;
            }

            if (source[i] == '\n' && BlankLineEnd(source, i) is not null)
            {
                return firstInBraces;
            }

            if (string.CompareOrdinal(source, i, delimiter, 0, delimiter.Length) == 0)
            {
                if (depth == 0)
                {
                    return i;
                }

                firstInBraces = firstInBraces < 0 ? i : firstInBraces;
            }
        }

        return firstInBraces;
    }

    /// <summary>When a blank line starts at <paramref name="i"/> (a newline), the index after it; else null.</summary>
    private static int? BlankLineEnd(string source, int i)
    {
        var j = i + 1;
        while (j < source.Length && source[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        if (j >= source.Length || source[j] != '\n')
        {
            return null;
        }

        while (j < source.Length && char.IsWhiteSpace(source[j]))
        {
            j++;
        }

        return j;
    }
}
