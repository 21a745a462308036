using DigestGen.Compute;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Compute.Neighbours;
using DigestGen.Compute.Terms;

namespace DigestGen.Bench.Quality;

/// <summary>
/// A labelled near-duplicate set built from real abstracts. Positives pair a paper with a version of itself as dumps
/// produce them: cut short (the first half of its sentences), edited (a sentence dropped and the halves swapped), or
/// abridged (every sixth word dropped). Negatives pair each paper with its most similar other paper in the sample,
/// the hardest honest negative. Reports precision and recall of <see cref="NearDuplicateRule"/> over a grid.
/// </summary>
internal static class DuplicateSet
{
    public static IEnumerable<string> Evaluate(IReadOnlyList<LabelledPaper> papers, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> vectorise)
    {
        var originals = papers.Select(paper => paper.Text).ToArray();
        var variants = originals.Select((text, index) => Variant(text, index)).ToArray();
        var vectors = vectorise([.. originals, .. variants]);
        var originalVectors = vectors.Take(originals.Length).ToArray();
        var nearest = ExactNeighbours.FindTopK(originalVectors, 1);

        var pairs = new List<(double Overlap, double Cosine, bool Same)>();
        for (var i = 0; i < originals.Length; i++)
        {
            pairs.Add((TextOverlap.Containment(originals[i], variants[i]), VectorMath.Cosine(vectors[i], vectors[originals.Length + i]), true));
            var j = nearest.Indices[i][0];
            pairs.Add((TextOverlap.Containment(originals[i], originals[j]), nearest.Similarities[i][0], false));
        }

        yield return $"{pairs.Count(pair => pair.Same)} positive and {pairs.Count(pair => !pair.Same)} negative pairs";
        yield return "";
        yield return "| min text overlap | min cosine | precision | recall |";
        yield return "|---:|---:|---:|---:|";
        foreach (var overlap in new[] { 0.2, 0.3, 0.4, 0.5 })
        {
            foreach (var cosine in new[] { 0.6, 0.7, 0.8, 0.9 })
            {
                var rule = new NearDuplicateRule(overlap, cosine);
                var predicted = pairs.Where(pair => rule.Agree(pair.Overlap, pair.Cosine)).ToArray();
                var truePositives = predicted.Count(pair => pair.Same);
                var precision = predicted.Length == 0 ? 1 : (double)truePositives / predicted.Length;
                var recall = (double)truePositives / pairs.Count(pair => pair.Same);
                var marker = rule == NearDuplicateRule.Default ? " (default)" : "";
                yield return $"| {overlap:F1} | {cosine:F1}{marker} | {precision:F3} | {recall:F3} |";
            }
        }
    }

    private static string Variant(string text, int index)
    {
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        switch (index % 3)
        {
            case 0:
                return string.Join(". ", sentences.Take(Math.Max(1, sentences.Length / 2)));
            case 1:
                var kept = sentences.Where((_, i) => sentences.Length < 3 || i != sentences.Length / 2).ToArray();
                return string.Join(". ", kept.Skip(kept.Length / 2).Concat(kept.Take(kept.Length / 2)));
            default:
                return string.Join(' ', text.Split(' ').Where((_, i) => i % 6 != 5));
        }
    }
}
