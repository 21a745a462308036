using DigestGen.Merge;
using DigestGen.Render;
using DigestGen.Render.Text;
using DigestGen.Tests.Support;
using Xunit.Abstractions;

namespace DigestGen.Tests.Render;

/// <summary>
/// How many formulas of every corpus title and abstract KaTeX typesets, as scraped and after <see cref="TexRepair"/>
/// (one batched node process). With DIGESTGEN_FORMULAS_SAVE=path it saves, per text, the formulas that typeset as
/// scraped; with DIGESTGEN_FORMULAS_BEFORE=path (a file saved by an earlier build) it checks that each of those
/// still typesets after repair, itself or as its repaired form. Results go to docs/merge.md.
/// </summary>
public sealed class FormulaTypesetMeasurement(ITestOutputHelper output)
{
    private const char Separator = '\u0001';

    [MeasurementFact]
    public void Formulas_typeset_as_scraped_and_after_repair()
    {
        var texts = CorpusReader.ReadAll(RepoPaths.Corpus)
            .SelectMany(paper => new[] { paper.Title, paper.Abstract ?? "" })
            .ToList();
        var scraped = texts.Select(text => TexTokenizer.MathIn(text).ToList()).ToList();
        var repaired = texts.Select(text => TexTokenizer.MathIn(TexRepair.Run(text)).ToList()).ToList();
        var math = MathRenderer.Render(scraped.Concat(repaired).SelectMany(formulas => formulas), RepoPaths.NodeModules, null, MathOutput.MathML);
        Assert.Null(math.Problem);

        bool Typesets(MathExpression formula) => math.Html(formula) is not null;
        void Report(string label, List<List<MathExpression>> formulas) =>
            output.WriteLine($"{label}: {formulas.Sum(list => list.Count)} formulas, {formulas.Sum(list => list.Count(Typesets))} typeset, {formulas.Sum(list => list.Count(formula => !Typesets(formula)))} shown as source");
        Report("as scraped", scraped);
        Report("after repair", repaired);

        if (Environment.GetEnvironmentVariable("DIGESTGEN_FORMULAS_SAVE") is { Length: > 0 } savePath)
        {
            File.WriteAllLines(savePath, scraped.Select(formulas => string.Join(Separator, formulas.Where(Typesets).Select(Key))));
        }

        if (Environment.GetEnvironmentVariable("DIGESTGEN_FORMULAS_BEFORE") is { Length: > 0 } beforePath)
        {
            var before = File.ReadAllLines(beforePath);
            Assert.Equal(texts.Count, before.Length);
            var lost = new List<string>();
            var styled = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                var after = repaired[i].Where(Typesets).Select(Key).ToHashSet(StringComparer.Ordinal);
                foreach (var formula in before[i].Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (after.Contains(formula) || after.Contains(Key(TexTokenizer.MathIn(TexRepair.Run(formula)).FirstOrDefault())))
                    {
                        continue;
                    }

                    // "$\textbf{S}$hampo": the letter is bold text now, no formula.
                    if (formula.StartsWith("$\\text", StringComparison.Ordinal) && formula.Length == "$\\textbf{S}$".Length
                        && TexTokenizer.Tokenize(TexRepair.Run(texts[i])).OfType<TexToken.Plain>().Any(plain => plain.Text.Contains(formula[^3], StringComparison.Ordinal)))
                    {
                        styled++;
                        continue;
                    }

                    lost.Add($"text {i}: {formula}");
                }
            }

            output.WriteLine($"formulas that typeset before and now are bold or italic text: {styled}");
            output.WriteLine($"formulas that typeset before and not after: {lost.Count}");
            Assert.True(lost.Count == 0, string.Join('\n', lost.Take(50)));
        }
    }

    private static string Key(MathExpression formula) => (formula.Display ? "$$" : "$") + formula.Tex + (formula.Display ? "$$" : "$");
}
