using DigestGen.Model;

namespace DigestGen.Render;

/// <summary>The orders papers are listed in. Every comparer ends on the id so output never depends on input order.</summary>
internal static class PaperRanking
{
    /// <summary>Newest first by <see cref="Paper.Day"/> (publication date, else first seen); papers with neither last.</summary>
    public static readonly IComparer<Paper> Newest = Comparer<Paper>.Create(CompareNewest);

    /// <summary>
    /// Oldest first in the order the digest added papers: the first-seen day (the night a paper arrived), then
    /// <see cref="Paper.Day"/>, then id. A night's new papers come last, so a list cut into pages from the front keeps
    /// its older pages.
    /// </summary>
    public static readonly IComparer<Paper> Arrival = Comparer<Paper>.Create(CompareArrival);

    /// <summary>Trending: highest trending score first (docs/ranking.md), then newest.</summary>
    public static readonly IComparer<Paper> Trending = Comparer<Paper>.Create(CompareTrending);

    private static int CompareTrending(Paper? a, Paper? b)
    {
        var byScore = (b!.Trending?.Total ?? 0).CompareTo(a!.Trending?.Total ?? 0);
        return byScore != 0 ? byScore : CompareNewest(a, b);
    }

    private static int CompareArrival(Paper? a, Paper? b)
    {
        var bySeen = (a!.FirstSeen ?? DateOnly.MinValue).CompareTo(b!.FirstSeen ?? DateOnly.MinValue);
        return bySeen != 0 ? bySeen : CompareNewest(b, a);
    }

    private static int CompareNewest(Paper? a, Paper? b)
    {
        var byDate = (b!.Day ?? DateOnly.MinValue).CompareTo(a!.Day ?? DateOnly.MinValue);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }
}
