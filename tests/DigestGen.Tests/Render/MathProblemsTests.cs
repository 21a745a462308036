using DigestGen.Model;
using DigestGen.Render;
using DigestGen.Render.Text;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>Math KaTeX cannot typeset is reported per paper; the KaTeX cache is checked, never trusted as HTML.</summary>
public sealed class MathProblemsTests
{
    [Fact]
    public void Math_katex_cannot_typeset_is_a_warning_naming_the_paper_and_shown_as_source()
    {
        var seed = global::DigestGen.Tests.Search.SeedDigest.Load();
        var paper = seed.Papers[0] with { Abstract = "We bound the loss by $\\badcommand{x$ and $x^2$." };

        var (sink, result) = RenderedSite.Render(seed with { Papers = [paper, .. seed.Papers.Skip(1)] });

        var problem = Assert.Single(result.Problems, problem => problem.Code == DiagnosticCodes.MathNotTypeset && problem.Message.Contains($"'{paper.Id}'", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("$\\badcommand{x$", problem.Message, StringComparison.Ordinal);
        Assert.Equal(paper.Sources[0].File, problem.File);
        Assert.Contains("<code class=\"tex\">$\\badcommand{x$</code>", sink.ReadText($"papers/{paper.Id}/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<span onmouseover=\"alert(1)\">x</span>")]
    [InlineData("<math><mi>x</mi></math><script>alert(1)</script>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<span style=\"background:url(javascript:alert(1))\">x</span>")]
    [InlineData("<svg><foreignObject><iframe src=\"https://evil.example\"></iframe></foreignObject></svg>")]
    [InlineData("<math><mi>x</mi></math><!-- --><img src=x>")]
    public void A_tampered_math_cache_entry_is_typeset_again_not_written_into_pages(string tampered)
    {
        using var cache = new TempFolder();
        MathExpression expression = new("y_1", false);
        var first = MathRenderer.Render([expression], RepoPaths.NodeModules, cache.Path, MathOutput.MathML);
        first.CacheUpdate!.Write();
        var file = Assert.Single(Directory.GetFiles(cache.Path));
        var original = first.Html(expression)!;
        SetCachedMarkup(file, tampered);

        var second = MathRenderer.Render([expression], RepoPaths.NodeModules, cache.Path, MathOutput.MathML);
        second.CacheUpdate!.Write();

        Assert.Equal(original, second.Html(expression));
        Assert.Equal(original, CachedMarkup(file));
    }

    private static System.Text.Json.Nodes.JsonObject Entries(System.Text.Json.Nodes.JsonObject stored) =>
        stored.Single(property => property.Key.Equals("html", StringComparison.OrdinalIgnoreCase)).Value!.AsObject();

    private static string? CachedMarkup(string file) =>
        Entries(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject())["I y_1"]?.GetValue<string>();

    private static void SetCachedMarkup(string file, string markup)
    {
        var stored = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        Entries(stored)["I y_1"] = markup;
        File.WriteAllText(file, stored.ToJsonString());
        Assert.Equal(markup, CachedMarkup(file));
    }
}
