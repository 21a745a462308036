using DigestGen.Model;

namespace DigestGen.Render;

/// <summary>The orders papers are listed in. Every comparer ends on the id so output never depends on input order.</summary>
internal static class PaperRanking
{
    /// <summary>Newest first; undated papers last.</summary>
    public static readonly IComparer<Paper> Newest = Comparer<Paper>.Create(CompareNewest);

    /// <summary>Trending: listed rank first (1 is best), then score, then newest.</summary>
    public static readonly IComparer<Paper> Trending = Comparer<Paper>.Create(CompareTrending);

    private static int CompareTrending(Paper? a, Paper? b)
    {
        var byRank = (a!.TrendingRank ?? int.MaxValue).CompareTo(b!.TrendingRank ?? int.MaxValue);
        if (byRank != 0)
        {
            return byRank;
        }

        var byScore = (b.Score ?? double.MinValue).CompareTo(a.Score ?? double.MinValue);
        return byScore != 0 ? byScore : CompareNewest(a, b);
    }

    private static int CompareNewest(Paper? a, Paper? b)
    {
        var byDate = (b!.Date ?? DateOnly.MinValue).CompareTo(a!.Date ?? DateOnly.MinValue);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }
}
