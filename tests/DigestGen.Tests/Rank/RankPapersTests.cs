using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Rank;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Rank;

public sealed class RankPapersTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static Digest Night(DateOnly asOf, params string[] ids) =>
        new(asOf, [.. ids.Select(id => new Paper { Id = id, Title = id, TrendingRank = 1 })], [], []);

    [Fact]
    public void An_undated_paper_is_new_exactly_once_across_nightly_builds()
    {
        using var cache = new TempFolder();
        ImmutableArray<Paper> Build(Digest night)
        {
            var (history, problem) = FirstSeenDates.Load(cache.Path);
            Assert.Null(problem);
            var result = RankPapers.Run(night, history);
            FirstSeenDates.Save(cache.Path, result.FirstSeen);
            return night.Ranked(result.Ranks).Papers;
        }

        Assert.Equal([Monday], Build(Night(Monday, "old")).Select(paper => paper.FirstSeen));
        var tuesday = Build(Night(Monday.AddDays(1), "old", "new"));
        Assert.Equal([Monday, Monday.AddDays(1)], tuesday.Select(paper => paper.Day));
        // Gone for a night and back: still first seen on Monday, so not new again.
        Build(Night(Monday.AddDays(2), "new"));
        Assert.Equal([Monday], Build(Night(Monday.AddDays(3), "old")).Select(paper => paper.FirstSeen));
    }

    [Fact]
    public void A_rebuild_of_an_earlier_day_never_dates_a_paper_after_that_day()
    {
        var history = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("p", Monday.AddDays(5))]);
        var paper = Assert.Single(StageRecords.Rank(Night(Monday, "p"), history).Papers);
        Assert.Equal(Monday, paper.FirstSeen);
    }

    [Theory]
    [InlineData("{\"format\":\"something-else/1\",\"papers\":{}}")]
    [InlineData("{ not json")]
    public void A_foreign_or_corrupt_first_seen_file_is_reported_and_not_trusted(string content)
    {
        using var cache = new TempFolder();
        File.WriteAllText(Path.Combine(cache.Path, FirstSeenDates.FileName), content);
        var (dates, problem) = FirstSeenDates.Load(cache.Path);
        Assert.Empty(dates);
        Assert.Contains("first seen today", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paper_gets_links_and_a_score_a_dated_paper_keeps_its_date_as_its_day()
    {
        var dated = new Paper { Id = "dated", Title = "Dated", Date = new DateOnly(2026, 6, 2), Score = 91.3 };
        var paper = Assert.Single(StageRecords.Rank(new Digest(Monday, [dated], [], []), ImmutableSortedDictionary<string, DateOnly>.Empty).Papers);
        Assert.Equal(new DateOnly(2026, 6, 2), paper.Day);
        Assert.NotNull(paper.Links);
        Assert.Equal(27.4, paper.Trending!.Total);
    }
}
