using DigestGen.Merge;
using DigestGen.Model;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

public sealed class MergePapersTests
{
    private const string AltUpTitle = "Alternating Updates for Efficient Transformers";

    [Fact]
    public void Records_of_one_title_in_different_dumps_are_one_paper_with_each_field_from_its_best_source()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage,
                Record(AltUpTitle, SeedAbstracts.AltUp) with
                {
                    Authors = ["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala"],
                    AuthorsTruncated = true,
                    Category = "LG",
                    Date = new DateOnly(2023, 1, 30),
                }),
            Dump("001.txt", DumpShape.PublicationList,
                Record(AltUpTitle, SeedAbstracts.AltUp) with { Venue = "NeurIPS", VenueNote = "spotlight", Year = 2023 }),
            Dump("002.txt", DumpShape.TrendingList, Record("Trending first"), Record("ALTERNATING UPDATES FOR EFFICIENT TRANSFORMERS.") with { TrendingRank = 2 }),
            Dump("004.txt", DumpShape.PaperFeed,
                Record("Alternating Updates for Efficient Transformers", SeedAbstracts.AltUp[..400]) with
                {
                    Authors = ["Cenk Baykal", "Dylan J Cutler", "Nishanth Dikkala", "Rina Panigrahy", "Xin Wang"],
                    Category = "LG",
                    Date = new DateOnly(2023, 2, 1),
                    Score = 31.5,
                    HasCode = true,
                    Org = "google",
                }));

        var paper = result.Single(AltUpTitle);
        Assert.Equal("alternating-updates-for-efficient-transformers", paper.Id);
        Assert.Equal(["Cenk Baykal", "Dylan J Cutler", "Nishanth Dikkala", "Rina Panigrahy", "Xin Wang"], paper.Authors.ToArray());
        Assert.False(paper.AuthorsTruncated);
        Assert.Equal(SeedAbstracts.AltUp, paper.Abstract);
        Assert.Equal(new DateOnly(2023, 1, 30), paper.Date);
        Assert.Equal(("LG", "NeurIPS spotlight", 31.5, true, "google", 2), (paper.Category, paper.Venue, paper.Score, paper.HasCode, paper.Org, paper.TrendingRank));
        Assert.Equal(
            [new("000.txt", DumpShape.ProfilePage, 1), new("001.txt", DumpShape.PublicationList, 1), new("002.txt", DumpShape.TrendingList, 6), new SourceRef("004.txt", DumpShape.PaperFeed, 1)],
            paper.Sources.ToArray());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["abstract"] = "000.txt", ["authors"] = "004.txt", ["category"] = "004.txt", ["date"] = "000.txt", ["hasCode"] = "004.txt",
                ["org"] = "004.txt", ["score"] = "004.txt", ["title"] = "000.txt", ["trendingRank"] = "002.txt", ["venue"] = "001.txt",
            },
            paper.FieldSources.ToDictionary(field => field.Key, field => field.Value.File));
        Assert.Equal(2, result.Papers.Length);
    }

    [Fact]
    public void An_untitled_abstract_joins_the_paper_it_is_an_older_wording_of()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record(AltUpTitle, SeedAbstracts.AltUp), Record("External Memory", SeedAbstracts.ExternalMemory)),
            Dump("003.txt", DumpShape.AbstractListing, Record(null, SeedAbstracts.AltUpOlderWording)));

        Assert.Empty(result.Diagnostics);
        var paper = result.Single(AltUpTitle);
        Assert.Equal([new("000.txt", DumpShape.ProfilePage, 1), new SourceRef("003.txt", DumpShape.AbstractListing, 1)], paper.Sources.ToArray());
        Assert.Equal(SeedAbstracts.AltUp, paper.Abstract);
    }

    [Fact]
    public void An_untitled_abstract_that_matches_nothing_is_reported_and_not_made_into_a_paper()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("External Memory", SeedAbstracts.ExternalMemory)),
            Dump("003.txt", DumpShape.AbstractListing, Record(null, "Unrelated."), Record(null, SeedAbstracts.AltUpOlderWording)));

        Assert.Single(result.Papers);
        var problem = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Line == 6);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnmatchedAbstract, "003.txt"), (problem.Severity, problem.Code, problem.File));
        Assert.Contains("matches no titled paper", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Theory]
    [InlineData("🚀🔥✨")]
    [InlineData("?!? — …")]
    public void A_title_of_punctuation_or_emoji_only_is_reported_as_such(string title)
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("External Memory", SeedAbstracts.ExternalMemory)),
            Dump("002.txt", DumpShape.TrendingList, Record(title, "A method nobody else lists, described at length.")));

        Assert.Single(result.Papers);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnmatchedAbstract, "002.txt"), (problem.Code, problem.File));
        Assert.Contains($"the title \"{title}\" has no letters or digits", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("matches no titled paper", problem.Message, StringComparison.Ordinal);
        Assert.Contains("title in words", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glued_badge_takes_the_reading_whose_title_another_dump_confirms()
    {
        var glued = Record("spotlightAlternating Updates for Efficient Transformers", SeedAbstracts.AltUp) with
        {
            Venue = "NeurIPS",
            AlternativeReadings = [new TitleReading(AltUpTitle, "NeurIPS spotlight")],
        };
        var unconfirmed = Record("LMore Is Better", null) with
        {
            Venue = "ICLR",
            AlternativeReadings = [new TitleReading("More Is Better", "ICL")],
        };

        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record(AltUpTitle, SeedAbstracts.AltUp)),
            Dump("001.txt", DumpShape.PublicationList, glued, unconfirmed));

        Assert.Equal([AltUpTitle, "LMore Is Better"], result.Papers.Select(paper => paper.Title));
        Assert.Equal("NeurIPS spotlight", result.Single(AltUpTitle).Venue);
        Assert.Equal(2, result.Single(AltUpTitle).Sources.Length);
    }

    [Fact]
    public void Different_papers_that_share_a_title_stay_apart_and_get_distinct_ids()
    {
        var result = MergeDumps(
            Dump("a.txt", DumpShape.PaperFeed,
                Record("Efficient Transformers", SeedAbstracts.AltUp) with { Date = new DateOnly(2023, 1, 30) },
                Record("Efficient Transformers", SeedAbstracts.ExternalMemory) with { Date = new DateOnly(2023, 1, 15) },
                Record("Efficient Transformers", SeedAbstracts.AltUpOlderWording) with { Date = new DateOnly(2023, 2, 1) }),
            Dump("b.txt", DumpShape.TrendingList, Record("Efficient transformers") with { TrendingRank = 1 }));

        Assert.Equal(2, result.Papers.Length);
        Assert.All(result.Papers, paper => Assert.Matches("^efficient-transformers-[0-9a-f]{6}$", paper.Id));
        Assert.NotEqual(result.Papers[0].Id, result.Papers[1].Id);
        var altUp = Assert.Single(result.Papers, paper => paper.Abstract == SeedAbstracts.AltUp);
        Assert.Equal(3, altUp.Sources.Length);
        Assert.Equal(1, altUp.TrendingRank);
    }

    [Fact]
    public void Merging_is_independent_of_the_order_of_the_dumps()
    {
        ParsedDump[] dumps =
        [
            Dump("a.txt", DumpShape.PaperFeed, Record("Efficient Transformers", SeedAbstracts.AltUp) with { Date = new DateOnly(2023, 1, 30) }),
            Dump("b.txt", DumpShape.PaperFeed, Record("Efficient Transformers", SeedAbstracts.ExternalMemory) with { Date = new DateOnly(2022, 5, 1) }),
            Dump("c.txt", DumpShape.AbstractListing, Record(null, SeedAbstracts.AltUpOlderWording)),
        ];

        var forward = MergePapers.Run(dumps, MergeOptions.TextOnly);
        var backward = MergePapers.Run([.. dumps.Reverse()], MergeOptions.TextOnly);

        Assert.Equal(["efficient-transformers-2022", "efficient-transformers-2023"], forward.Papers.Select(paper => paper.Id));
        Assert.Equal(forward.Papers.Select(paper => (paper.Id, paper.Sources.Length)), backward.Papers.Select(paper => (paper.Id, paper.Sources.Length)));
    }
}
