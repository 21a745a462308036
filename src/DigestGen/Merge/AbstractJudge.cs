using System.Collections.Immutable;

namespace DigestGen.Merge;

/// <summary>
/// Decides whether two abstracts belong to one paper: clear text matches and clear mismatches on text alone,
/// the grey zone between them by the cosine of their embeddings (<see cref="MergeOptions.AbstractVectors"/>) when
/// both were embedded, and otherwise by what the titles say, noting the abstracts that lacked a vector.
/// </summary>
internal sealed class AbstractJudge(MergeOptions options)
{
    private readonly SortedSet<string> withoutVectors = new(StringComparer.Ordinal);

    /// <summary>The abstracts of grey-zone pairs decided without their vectors, ordinal order.</summary>
    public ImmutableArray<string> AbstractsWithoutVectors => [.. withoutVectors];

    /// <param name="titlesAgree">
    /// True when both records carry the same title: then only a clear mismatch separates them. False when one
    /// has no title: then only a clear match joins them.
    /// </param>
    public bool SamePaper(AbstractFingerprint first, AbstractFingerprint second, bool titlesAgree) =>
        SamePaper(first, second, first.Similarity(second), titlesAgree);

    public bool SamePaper(AbstractFingerprint first, AbstractFingerprint second, double textSimilarity, bool titlesAgree)
    {
        if (textSimilarity >= options.SameAbstractAt)
        {
            return true;
        }

        if (textSimilarity < options.DifferentAbstractBelow)
        {
            return false;
        }

        if (options.AbstractVectors.Cosine(first.Text, second.Text) is { } cosine)
        {
            return cosine >= options.SemanticSameAt;
        }

        withoutVectors.Add(first.Text);
        withoutVectors.Add(second.Text);

        return titlesAgree;
    }
}
