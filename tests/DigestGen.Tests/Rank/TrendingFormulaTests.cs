using System.Collections.Immutable;
using System.Text.Json;
using DigestGen.Model;
using DigestGen.Rank;
using DigestGen.Render;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Rank;

public sealed class TrendingFormulaTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static Paper Paper(string id, int? rank = null, double? score = null, DateOnly? date = null, bool code = false, bool pinned = false, int listings = 1) => new()
    {
        Id = id,
        Title = id,
        TrendingRank = rank,
        Score = score,
        Date = date,
        FirstSeen = AsOf,
        Pinned = pinned,
        Links = new PaperLinks(null, "https://arxiv.org/search/?query=x", null, code ? "https://github.com/a/b" : null, false),
        Sources = [.. Enumerable.Range(1, listings).Select(n => new SourceRef($"{n:000}.txt", DumpShape.TrendingList, n))],
    };

    /// <summary>The score as rank gives it, from the paper's links out.</summary>
    private static TrendingScore Score(Paper paper) => TrendingFormula.Score(paper, paper.Links!, AsOf);

    [Fact]
    public void Each_factor_follows_its_published_weight_and_the_parts_add_up_to_the_total()
    {
        var score = Score(Paper("a", rank: 11, score: 98.4, date: AsOf.AddDays(-7), code: true, pinned: true, listings: 3));

        Assert.Equal(
            [("listed rank", "#11 on a trending list", 15.0), ("reader score", "reader score 98.4", 29.5), ("recency", "7 days old", 10.0),
             ("listings", "in 3 dumps", 8.0), ("code", "code available", 5.0), ("editor's pick", "pinned by an editor", 20.0)],
            score.Parts.Select(part => (part.Factor, part.Fact, part.Points)));
        Assert.Equal(87.5, score.Total);
        Assert.True(score.IsTrending);
    }

    [Fact]
    public void Only_a_listed_rank_or_a_reader_score_makes_a_paper_trend()
    {
        Assert.False(Score(Paper("fresh", date: AsOf, code: true, pinned: true)).IsTrending);
        Assert.True(Score(Paper("listed", rank: 200)).IsTrending);
        Assert.True(Score(Paper("scored", score: 3)).IsTrending);
    }

    [Fact]
    public void Recency_counts_a_dumps_date_only_never_the_day_an_undated_paper_was_first_seen()
    {
        var part = Assert.Single(Score(Paper("dated", date: AsOf.AddDays(-14))).Parts, part => part.Factor == "recency");
        Assert.Equal(5.0, part.Points);
        Assert.DoesNotContain(Score(Paper("undated") with { FirstSeen = AsOf }).Parts, part => part.Factor == "recency");
        Assert.DoesNotContain(Score(Paper("old", date: new DateOnly(2022, 1, 1))).Parts, part => part.Factor == "recency");
    }

    [Fact]
    public void A_higher_place_or_reader_score_always_scores_higher()
    {
        var places = Enumerable.Range(1, 300).Select(rank => Score(Paper("p", rank: rank)).Total).ToList();
        Assert.Equal(places.OrderDescending(), places);
        Assert.Equal(40, places.Take(40).Distinct().Count());
        Assert.True(Score(Paper("p", score: 200)).Total == Score(Paper("p", score: 100)).Total, "reader score is capped");
    }

    [Fact]
    public void Same_input_in_any_order_gives_the_same_home_ranking_and_the_same_breakdowns()
    {
        var papers = Enumerable.Range(1, 40)
            .Select(n => Paper($"paper-{n:00}", rank: n % 7 == 0 ? null : n % 13 + 1, score: n % 5 == 0 ? n : null, date: AsOf.AddDays(-(n % 9)), code: n % 3 == 0))
            .Select(paper => paper with { Links = null, FirstSeen = null })
            .ToList();
        string Ranked(IEnumerable<Paper> input)
        {
            var ranked = StageRecords.Rank(new Digest(AsOf, [.. input], [], []), ImmutableSortedDictionary<string, DateOnly>.Empty);
            return JsonSerializer.Serialize(new SiteIndex(ranked).Ranked.Select(paper => new { paper.Id, paper.Trending }));
        }

        var expected = Ranked(papers);
        Assert.Equal(expected, Ranked(Enumerable.Reverse(papers)));
        Assert.Equal(expected, Ranked(papers.OrderBy(paper => paper.Id.GetHashCode(StringComparison.Ordinal))));
    }
}
