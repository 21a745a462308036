using System.Collections.Immutable;
using System.Globalization;
using DigestGen.Model;

namespace DigestGen.Rank;

/// <summary>
/// The trending score: a sum of points for what the dumps say about a paper, weighted by <see cref="RankWeights"/>.
/// A pure function of the paper, its links out and the as-of date, so the same input always gives the same order.
/// </summary>
public static class TrendingFormula
{
    public static TrendingScore Score(Paper paper, PaperLinks links, DateOnly asOf)
    {
        var parts = ImmutableArray.CreateBuilder<ScorePart>();
        void Add(string factor, string fact, double points)
        {
            // A factor rounds to one decimal, as shown; one that rounds to nothing is left out of the breakdown.
            var shown = Math.Round(points, 1);
            if (shown > 0)
            {
                parts.Add(new ScorePart(factor, fact, shown));
            }
        }

        if (paper.TrendingRank is { } rank)
        {
            Add("listed rank", $"#{rank} on a trending list", RankWeights.ListedRankTop * RankWeights.ListedRankHalfPlace / (Math.Max(1, rank) - 1 + RankWeights.ListedRankHalfPlace));
        }

        if (paper.Score is { } score)
        {
            Add("reader score", $"reader score {Number(score)}", RankWeights.ReaderScoreFactor * Math.Clamp(score, 0, RankWeights.ReaderScoreCap));
        }

        // Only a date a dump gave counts: the day DigestGen first saw an undated paper says nothing about its age.
        if (paper.Date is { } day)
        {
            var age = Math.Max(0, asOf.DayNumber - day.DayNumber);
            Add("recency", age == 0 ? "from the as-of day" : $"{age} {(age == 1 ? "day" : "days")} old", RankWeights.RecencyTop * Math.Pow(0.5, age / RankWeights.RecencyHalfLifeDays));
        }

        var listings = paper.Sources.Select(source => source.File).Distinct(StringComparer.Ordinal).Count();
        Add("listings", $"in {listings} dumps", Math.Min(RankWeights.ListingsCap, RankWeights.PerExtraListing * (listings - 1)));

        if (links.CodeUrl is not null)
        {
            Add("code", "code available", RankWeights.Code);
        }

        if (paper.Pinned)
        {
            Add("editor's pick", "pinned by an editor", RankWeights.EditorPin);
        }

        var scored = parts.ToImmutable();
        return new TrendingScore(Math.Round(scored.Sum(part => part.Points), 1), paper.TrendingRank is not null || paper.Score is not null, scored);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
