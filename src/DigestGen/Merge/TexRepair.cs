using System.Text.RegularExpressions;

namespace DigestGen.Merge;

/// <summary>
/// Repairs the TeX that scraping damaged in titles and abstracts, only where the damage is unambiguous:
/// <list type="bullet">
/// <item>a lost backslash: <c>textit{O}bstacles</c>, <c>mathcal{O}(T)</c> (a command name straight before its
/// brace), <c>ell_1</c>, <c>lambda_2</c> (a symbol name straight before a sub- or superscript, made math), <c>8timesA800</c>
/// (between a number and a capital), and inside math a known symbol name standing alone (<c>$O(ell^2)$</c>);</item>
/// <item>a size command glued to a word: <c>scriptsizeFLaws</c> → <c>FLaws</c> (only the long names: "tinyV" may be a name);</item>
/// <item>math that is only one styled letter glued to a word, <c>$\textbf{S}$hampo$\textbf{O}$</c>, becomes text
/// styling (<c>\textbf{S}hampo\textbf{O}</c>), which renders without math spacing.</item>
/// </list>
/// Nested dollars (<c>$\textit{$k$-NAF}$</c>) need no repair: the renderer reads a dollar inside braces as part of
/// the formula.
/// </summary>
internal static partial class TexRepair
{
    public static string Run(string text)
    {
        if (!MayNeedRepair().IsMatch(text))
        {
            return text;
        }

        // Each repair runs only where the text holds a character its pattern cannot match without: most of these
        // patterns start at any of a dozen common letters, and a 100,000-paper merge scanned every abstract with each.
        var repaired = Contains(text, "size", "style") ? SizeGluedToWord().Replace(text, "") : text;
        repaired = Contains(repaired, "$") ? StyledLetterGluedToWord().Replace(repaired, match => $@"\{TextStyle(match.Groups["style"].Value)}{{{match.Groups["letter"].Value}}}") : repaired;
        repaired = Contains(repaired, "{") ? CommandBeforeBrace().Replace(repaired, @"\${name}{") : repaired;
        repaired = Contains(repaired, "times") ? TimesBetweenNumbers().Replace(repaired, @"${number}$\times$") : repaired;
        repaired = Contains(repaired, "$") ? InMath().Replace(repaired, math => BareSymbolInMath().Replace(math.Value, @"\${name}")) : repaired;
        return Contains(repaired, "_", "^")
            ? SymbolBeforeScript().Replace(repaired, match => $@"$\{match.Groups["name"].Value}{match.Groups["script"].Value}$")
            : repaired;
    }

    private static bool Contains(string text, params ReadOnlySpan<string> needed)
    {
        foreach (var part in needed)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string TextStyle(string command) => command is "textit" or "mathit" or "emph" ? "textit" : "textbf";

    // A cheap first look: every repair needs a dollar, a brace, a script mark, or a size or "times" glued to a
    // capital; most texts have none and skip every regex below.
    [GeneratedRegex(@"[${_^]|size\p{Lu}|\dtimes\p{Lu}")]
    private static partial Regex MayNeedRepair();

    [GeneratedRegex(@"(?<![\\\p{L}])(?:scriptsize|footnotesize|normalsize|scriptscriptstyle)(?=\p{Lu})")]
    private static partial Regex SizeGluedToWord();

    [GeneratedRegex(@"\$\\(?<style>textbf|textit|mathbf|mathit|emph)\{(?<letter>\p{L})\}\$(?=\p{Ll})|(?<=\p{L})\$\\(?<style>textbf|textit|mathbf|mathit|emph)\{(?<letter>\p{L})\}\$")]
    private static partial Regex StyledLetterGluedToWord();

    [GeneratedRegex(@"(?<![\\\p{L}])(?<name>textbf|textit|texttt|textsf|textsc|textrm|emph|mathcal|mathbb|mathbf|mathrm|mathit|mathsf|operatorname|frac|sqrt)\{")]
    private static partial Regex CommandBeforeBrace();

    [GeneratedRegex(@"(?<number>(?<![\p{L}\\])\d+)times(?=\p{Lu})")]
    private static partial Regex TimesBetweenNumbers();

    // Outside math: "ell_1", "lambda_2", "eta^{*}". Inside dollars the name is handled by BareSymbolInMath.
    [GeneratedRegex(@"(?<![\\\p{L}$])(?<name>ell|alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|lambda|mu|rho|sigma|tau|phi|psi|omega|Theta|Omega|Gamma|Delta|Lambda)(?<script>[_^](?:\d|\p{L}|\{[^{}$]*\}))(?![\p{L}$])")]
    private static partial Regex SymbolBeforeScript();

    /// <summary>An inline formula, $…$ (an escaped dollar is not one, nor "$5 and $10": the renderer's money rule).</summary>
    [GeneratedRegex(@"(?<!\\)\$(?!\s)[^$]+(?<!\s)\$(?!\d)")]
    private static partial Regex InMath();

    [GeneratedRegex(@"(?<![\\\p{L}{])(?<name>ell|alpha|beta|gamma|delta|epsilon|varepsilon|theta|lambda|sigma|omega|infty|times|cdot|leq|geq|propto|Theta|Omega)(?![\p{L}}])")]
    private static partial Regex BareSymbolInMath();
}
