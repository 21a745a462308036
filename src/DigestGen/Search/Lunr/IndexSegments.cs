using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Which documents share a set of parts. Documents are numbered in the order they were first seen, so a nightly
/// build's new papers are the highest numbers: the settled segment holds the documents up to a boundary that moves in
/// steps of an eighth of the site (the largest power of two at most N / 8, at least <see cref="SmallestStep"/>), the
/// recent segment the rest. The parts store only what a document's own text fixes (term counts, field lengths; the
/// page computes BM25 from them and the manifest's totals), so a night that adds papers rewrites the recent segment's
/// parts and leaves the settled segment's as they were, until the boundary moves: at 100,000 papers every 8,192
/// papers, about once a month at 300 a night. A query loads one part per segment for each of its terms.
/// </summary>
public static class IndexSegments
{
    public const int SmallestStep = 1024;

    /// <summary>The end (exclusive document number) of each segment, ascending; the last is the document count.</summary>
    public static ImmutableArray<int> Ends(int documentCount)
    {
        var step = SmallestStep;
        while (step * 2 <= documentCount / 8)
        {
            step *= 2;
        }

        var settled = documentCount / step * step;
        return settled == 0 || settled == documentCount ? [documentCount] : [settled, documentCount];
    }
}
