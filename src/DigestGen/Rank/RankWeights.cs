namespace DigestGen.Rank;

/// <summary>
/// Every weight of the trending formula, in one place; docs/ranking.md and the site's /about/ranking/ page explain
/// them. Points add up, so a reader can check a paper's score from its "why" line.
/// </summary>
public static class RankWeights
{
    /// <summary>Points for first place on a trending list: place r earns Top × H / (r − 1 + H), half of it at place 1 + H.</summary>
    public const double ListedRankTop = 30;
    public const double ListedRankHalfPlace = 10;

    /// <summary>Points per point of reader score (a feed's or profile's score, capped at <see cref="ReaderScoreCap"/>).</summary>
    public const double ReaderScoreFactor = 0.3;
    public const double ReaderScoreCap = 100;

    /// <summary>Points for a paper dated on the as-of day, halving every <see cref="RecencyHalfLifeDays"/> days before it; undated papers get none.</summary>
    public const double RecencyTop = 20;
    public const double RecencyHalfLifeDays = 7;

    /// <summary>Points for each independent dump beyond the first that lists the paper, up to <see cref="ListingsCap"/>.</summary>
    public const double PerExtraListing = 4;
    public const double ListingsCap = 12;

    public const double Code = 5;
    public const double EditorPin = 20;
}
