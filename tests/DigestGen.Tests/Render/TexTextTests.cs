using DigestGen.Render.Text;

namespace DigestGen.Tests.Render;

public sealed class TexTextTests
{
    private static readonly MathRenderer NoMath = MathRenderer.Render([], null, null, DigestGen.Render.MathOutput.MathML);

    [Theory]
    [InlineData("speedup of $87\\%$ here", "87\\%", false)]
    [InlineData("so $$\\sum_i x_i$$ holds", "\\sum_i x_i", true)]
    [InlineData("inline \\(a+b\\) math", "a+b", false)]
    [InlineData("display \\[ E = mc^2 \\] math", "E = mc^2", true)]
    // A dollar inside braces belongs to the formula (scraped text nests them): one formula, not two broken ones.
    [InlineData("the $\\textit{$k$-NAF}$ form", "\\textit{$k$-NAF}", false)]
    public void Finds_math_in_every_delimiter_style(string text, string tex, bool display)
    {
        Assert.Equal([new MathExpression(tex, display)], TexTokenizer.MathIn(text));
    }

    [Theory]
    [InlineData("costs $5 and $10 a month")]
    [InlineData("an unclosed $x dollar")]
    [InlineData("escaped \\$5 price")]
    [InlineData("$$")]
    public void Money_and_stray_dollars_are_not_math(string text)
    {
        Assert.Empty(TexTokenizer.MathIn(text));
    }

    [Fact]
    public void Styles_become_markup_and_text_is_escaped()
    {
        var html = TexHtml.ToHtml("We \\textbf{beat <b>} the \\textit{state of the art} & \\emph{more}.\n\nNew {paragraph}.", NoMath);
        Assert.Equal("<p>We <strong>beat &lt;b&gt;</strong> the <em>state of the art</em> &amp; <em>more</em>.</p><p>New {paragraph}.</p>", html);
    }

    [Fact]
    public void Unclosed_style_is_closed_at_the_end()
    {
        Assert.Equal("<p><strong>open</strong></p>", TexHtml.ToHtml("\\textbf{open", NoMath));
    }

    [Fact]
    public void Math_without_katex_shows_its_source_escaped()
    {
        Assert.Equal("<p>if <code class=\"tex\">$a&lt;b$</code></p>", TexHtml.ToHtml("if $a<b$", NoMath));
    }

    [Fact]
    public void Math_with_katex_is_typeset_once_per_distinct_expression()
    {
        var math = MathRenderer.Render([new("x^2", false), new("x^2", false), new("\\frac{1}{2}", true), new("\\badcommand{", false)],
            Support.RepoPaths.NodeModules, null, DigestGen.Render.MathOutput.MathML);
        Assert.Null(math.Problem);
        Assert.Contains("<math", math.Html(new("x^2", false)), StringComparison.Ordinal);
        Assert.Contains("display=\"block\"", math.Html(new("\\frac{1}{2}", true)), StringComparison.Ordinal);
        Assert.Null(math.Html(new("\\badcommand{", false)));
        Assert.Contains("<code class=\"tex\">$\\badcommand{$</code>", TexHtml.ToHtml("bad $\\badcommand{$", math), StringComparison.Ordinal);
    }

    [Fact]
    public void Math_cache_is_reused_between_builds()
    {
        using var folder = new Support.TempFolder();
        var first = MathRenderer.Render([new("y_1", false)], Support.RepoPaths.NodeModules, folder.Path, DigestGen.Render.MathOutput.MathML);
        // The renderer hands the cache back; the pipeline writes it once the site is published.
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
        first.CacheUpdate!.Write();
        var cache = Assert.Single(Directory.GetFiles(folder.Path));
        Assert.Equal(first.CacheUpdate.Path, cache);
        var second = MathRenderer.Render([new("y_1", false)], Support.RepoPaths.NodeModules, folder.Path, DigestGen.Render.MathOutput.MathML);
        Assert.Null(second.CacheUpdate);
        Assert.Equal(first.Html(new("y_1", false)), second.Html(new("y_1", false)));
        Assert.Contains("y_1", File.ReadAllText(cache), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$\\textit{Trans-LoRA}$: towards data-free", "Trans-LoRA: towards data-free")]
    [InlineData("Bounds in $O(\\log n)$ \\textbf{time}", "Bounds in O(log n) time")]
    [InlineData("line\nbreaks   and\ttabs", "line breaks and tabs")]
    // Symbols read as their characters: a card's snippet of a repaired "ell_1-loss" is not "ell_1-loss" again.
    [InlineData("an $\\ell_1$-loss with $\\alpha \\leq 2$", "an ℓ_1-loss with α ≤ 2")]
    public void Plain_text_drops_markup_and_simplifies_math(string text, string plain)
    {
        Assert.Equal(plain, TexHtml.ToPlainText(text));
    }

    [Fact]
    public void A_snippet_of_an_abstract_merge_repaired_shows_the_symbol_not_the_scraped_name()
    {
        var repaired = DigestGen.Merge.TexRepair.Run("minimises an ell_1-loss over lambda_2 steps");

        Assert.Equal("minimises an ℓ_1-loss over λ_2 steps", TexHtml.ToPlainText(repaired));
    }
}
