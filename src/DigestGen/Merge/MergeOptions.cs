using System.Collections.Immutable;

namespace DigestGen.Merge;

/// <summary>
/// Knobs for merging. <see cref="AbstractVectors"/> is the semantic half of near-duplicate detection: the grey-zone
/// abstracts an earlier merge pass named (<see cref="MergeResult.AbstractsWithoutVectors"/>), embedded in one cached
/// batch by the pipeline before merge runs again; merge only reads them, and decides on text alone where a text has
/// no vector.
/// </summary>
/// <remarks>
/// Two abstracts are compared by the share of word trigrams they have in common (see
/// <see cref="AbstractFingerprint"/>). On the seeds, copies and re-wordings of one abstract score 0.6 to 1 and
/// abstracts of different papers at most 0.11, so the defaults leave a wide grey zone in which the semantic
/// similarity, when given, has the last word.
/// </remarks>
public sealed record MergeOptions
{
    public static readonly MergeOptions TextOnly = new();

    /// <summary>Embeddings of the abstracts merge may compare; <see cref="AbstractVectors.None"/> means text alone decides.</summary>
    public AbstractVectors AbstractVectors { get; init; } = AbstractVectors.None;

    /// <summary>Text similarity from which two abstracts are the same paper's, whatever else is known.</summary>
    public double SameAbstractAt { get; init; } = 0.5;

    /// <summary>Text similarity under which two abstracts are different papers', even under the same title.</summary>
    public double DifferentAbstractBelow { get; init; } = 0.1;

    /// <summary>Embedding cosine from which a grey-zone pair is the same paper.</summary>
    public double SemanticSameAt { get; init; } = 0.9;

    /// <summary>The paper ids earlier builds published (<see cref="PaperIdHistory"/>); empty on a first build.</summary>
    public ImmutableArray<PublishedId> PublishedIds { get; init; } = [];

    /// <summary>The digest's day: when tonight's ids were seen, and how old a published id may be and still be kept.</summary>
    public DateOnly AsOf { get; init; }
}
