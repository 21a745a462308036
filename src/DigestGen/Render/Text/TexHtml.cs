using System.Buffers;
using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestGen.Render.Text;

/// <summary>
/// Turns abstract text into safe HTML: text escaped, <c>\textbf</c>/<c>\textit</c> as strong/em, math as KaTeX
/// markup (or its TeX source in a <c>code</c> element when KaTeX could not typeset it), blank lines as paragraphs.
/// </summary>
public static partial class TexHtml
{
    /// <summary>What the tokenizer reads as more than text (escapes, styles, math, line breaks); an abstract without any is plain already.</summary>
    private static readonly SearchValues<char> TexCharacters = SearchValues.Create("\\$\n\r\t");

    public static string ToHtml(string source, MathRenderer math)
    {
        var html = new StringBuilder("<p>");
        foreach (var token in TexTokenizer.Tokenize(source))
        {
            switch (token)
            {
                case TexToken.Plain plain:
                    AppendLinked(html, plain.Text);
                    break;
                case TexToken.Math { Expression: var expression }:
                    AppendMath(html, expression, math);
                    break;
                case TexToken.Open open:
                    html.Append('<').Append(open.Tag).Append('>');
                    break;
                case TexToken.Close close:
                    html.Append("</").Append(close.Tag).Append('>');
                    break;
                case TexToken.ParagraphBreak:
                    html.Append("</p><p>");
                    break;
            }
        }

        return html.Append("</p>").ToString();
    }

    /// <summary>Readable plain text for snippets, feeds and meta descriptions: styles dropped, math as its TeX source.</summary>
    public static string ToPlainText(string source)
    {
        // Without a backslash, dollar or line break the tokenizer would return the text as one plain token: a card's
        // snippet of most abstracts need not walk them character by character.
        if (source.AsSpan().IndexOfAny(TexCharacters) < 0)
        {
            return SingleSpaced(source);
        }

        var text = new StringBuilder();
        foreach (var token in TexTokenizer.Tokenize(source))
        {
            switch (token)
            {
                case TexToken.Plain plain:
                    text.Append(plain.Text);
                    break;
                case TexToken.Math { Expression: var expression }:
                    text.Append(PlainMath(expression.Tex));
                    break;
                case TexToken.ParagraphBreak:
                    text.Append(' ');
                    break;
            }
        }

        return SingleSpaced(text.ToString());
    }

    private static string SingleSpaced(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Symbols as the characters they typeset to, so a snippet of a repaired abstract reads "ℓ_1-loss", not the
    /// "ell_1-loss" that scraping left and merge repaired (<c>$\ell_1$-loss</c>).
    /// </summary>
    private static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ",
        ["Lambda"] = "Λ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["ell"] = "ℓ", ["infty"] = "∞", ["times"] = "×", ["cdot"] = "·", ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥",
        ["ge"] = "≥", ["neq"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["pm"] = "±", ["propto"] = "∝", ["in"] = "∈",
        ["to"] = "→", ["rightarrow"] = "→", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑", ["prod"] = "∏",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Math as plain text: <c>\textit{Trans-LoRA}</c> → Trans-LoRA, <c>\alpha</c> → α, <c>\log</c> → log, braces
    /// dropped.
    /// </summary>
    private static string PlainMath(string tex)
    {
        var plain = TexCommand().Replace(tex, match => match.Groups["keep"] is { Success: true, Value: var name } ? Symbols.GetValueOrDefault(name, name) : string.Empty);
        return plain.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal).Trim();
    }

    // Font and spacing commands vanish (their argument stays); a symbol becomes its character, any other command
    // keeps its name.
    [GeneratedRegex(@"\\(?:text[a-z]*|math[a-z]*|operatorname|left|right|[,;!]|(?<keep>[a-zA-Z]+))")]
    private static partial Regex TexCommand();

    /// <summary>Escaped text whose http(s) URLs become links; a sentence's closing punctuation stays outside the link.</summary>
    private static void AppendLinked(StringBuilder html, string text)
    {
        var at = 0;
        foreach (Match found in WebAddress().Matches(text))
        {
            var url = found.Value.TrimEnd('.', ',', ';', ':', ')', ']', '!', '?', '\'', '"');
            if (!DigestGen.Model.UrlPolicy.IsWebAddress(url))
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..found.Index]));
            var encoded = WebUtility.HtmlEncode(url);
            html.Append("<a href=\"").Append(encoded).Append("\" rel=\"nofollow noopener\">").Append(encoded).Append("</a>");
            at = found.Index + url.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    private static void AppendMath(StringBuilder html, MathExpression expression, MathRenderer math)
    {
        if (math.Html(expression) is { } typeset)
        {
            html.Append(typeset);
            return;
        }

        var delimiter = expression.Display ? "$$" : "$";
        html.Append("<code class=\"tex\">").Append(WebUtility.HtmlEncode(delimiter + expression.Tex + delimiter)).Append("</code>");
    }
}
