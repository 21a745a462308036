using DigestGen.Render;
using DigestGen.Render.Text;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render.Text;

public sealed class TypesetMathCacheTests
{
    [Fact]
    public void Written_math_is_read_back_by_the_next_build()
    {
        using var cache = new TempFolder();
        var first = TypesetMathCache.Load(RepoPaths.NodeModules, cache.Path, MathOutput.MathML);
        Assert.NotNull(first.KatexVersion);
        Assert.Empty(first.Stored);

        first.UpdateWith(new Dictionary<string, string?> { ["I x"] = "<math>x</math>", ["I \\bad{"] = null })!.Write();
        var second = TypesetMathCache.Load(RepoPaths.NodeModules, cache.Path, MathOutput.MathML);

        Assert.Equal([new("I \\bad{", null), new("I x", "<math>x</math>")], second.Stored.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Empty(TypesetMathCache.Load(RepoPaths.NodeModules, cache.Path, MathOutput.Html).Stored);
    }

    [Fact]
    public void Math_of_another_KaTeX_version_or_a_damaged_file_counts_as_none()
    {
        using var cache = new TempFolder();
        cache.Write("katex-mathml.json", """{"KatexVersion":"0.0.1","Html":{"I x":"<math>x</math>"}}""");
        Assert.Empty(TypesetMathCache.Load(RepoPaths.NodeModules, cache.Path, MathOutput.MathML).Stored);

        cache.Write("katex-mathml.json", """{"KatexVersion":""");
        Assert.Empty(TypesetMathCache.Load(RepoPaths.NodeModules, cache.Path, MathOutput.MathML).Stored);
    }

    [Fact]
    public void Without_KaTeX_nothing_is_read_and_nothing_written()
    {
        using var nodeModules = new TempFolder();
        using var cache = new TempFolder();
        cache.Write("katex-mathml.json", """{"KatexVersion":"0.16.9","Html":{"I x":"<math>x</math>"}}""");

        var typeset = TypesetMathCache.Load(nodeModules.Path, cache.Path, MathOutput.MathML);

        Assert.Null(typeset.KatexVersion);
        Assert.Empty(typeset.Stored);
        Assert.Null(typeset.UpdateWith(new Dictionary<string, string?> { ["I x"] = null }));
        Assert.Contains("not installed", MathRenderer.Render([new("x", false)], typeset).Problem, StringComparison.Ordinal);
    }
}
