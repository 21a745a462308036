using DigestGen.Model;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

public sealed class MergeAuthorsTests
{
    private const string AltUpTitle = "Alternating Updates for Efficient Transformers";

    [Fact]
    public void A_middle_initial_does_not_make_a_second_person()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage,
                Record(AltUpTitle) with { Authors = ["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala"] },
                Record("The Power of External Memory in Increasing Predictive Model Capacity") with { Authors = ["Cenk Baykal", "Dylan J Cutler"] }));

        var dylan = Assert.Single(result.Authors, author => author.Name.Contains("Cutler", StringComparison.Ordinal));
        Assert.Equal(("dylan-cutler", "Dylan J Cutler"), (dylan.Id, dylan.Name));
        Assert.Equal(["Dylan Cutler"], dylan.Aliases.ToArray());
        Assert.Equal(["alternating-updates-for-efficient-transformers", "the-power-of-external-memory-in-increasing-predictive-model-capacity"], dylan.PaperIds.ToArray());
        Assert.All(result.Papers, paper => Assert.Equal("dylan-cutler", paper.AuthorIds[1]));
    }

    [Fact]
    public void A_short_form_that_could_be_either_of_two_people_stays_apart()
    {
        var result = MergeDumps(
            Dump("feed.txt", DumpShape.PaperFeed,
                Record("Paper One") with { Authors = ["Dylan J Cutler"] },
                Record("Paper Two") with { Authors = ["Dylan K Cutler"] },
                Record("Paper Three") with { Authors = ["Dylan Cutler"] },
                Record("Paper Four") with { Authors = ["Dylan J. Cutler"] }));

        Assert.Equal(["dylan-cutler", "dylan-j-cutler", "dylan-k-cutler"], result.Authors.Select(author => author.Id));
        Assert.Equal(["paper-four", "paper-one"], result.Authors.Single(author => author.Id == "dylan-j-cutler").PaperIds.ToArray());
    }

    [Fact]
    public void A_middle_name_joins_nobody_who_signs_one_paper_with_it()
    {
        var result = MergeDumps(
            Dump("feed.txt", DumpShape.PaperFeed,
                Record("Paper One") with { Authors = ["Luis Montejano", "Luis Pedro Montejano"] },
                Record("Paper Two") with { Authors = ["Luis Pedro Montejano"] }));

        Assert.Equal(["luis-montejano", "luis-pedro-montejano"], result.Authors.Select(author => author.Id));
        Assert.Equal(["paper-one", "paper-two"], result.Authors.Single(author => author.Id == "luis-pedro-montejano").PaperIds.ToArray());
    }

    [Fact]
    public void Different_people_sharing_a_surname_or_an_initial_stay_apart()
    {
        var result = MergeDumps(
            Dump("feed.txt", DumpShape.PaperFeed,
                Record("Paper One") with { Authors = ["John Smith", "Jane Smith"] },
                Record("Paper Two") with { Authors = ["J. Smith"] }));

        Assert.Equal(["J. Smith", "Jane Smith", "John Smith"], result.Authors.Select(author => author.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_initial_joins_the_full_name_when_two_dumps_list_the_same_paper_with_both()
    {
        var result = MergeDumps(
            Dump("a.txt", DumpShape.PaperFeed, Record("Shared Paper") with { Authors = ["Ann Lee", "J. Smith", "Bo Chen"], AuthorsTruncated = true }),
            Dump("b.txt", DumpShape.ProfilePage, Record("Shared Paper") with { Authors = ["Ann Lee", "John Smith", "Bo Chen", "Di Wu"] }),
            Dump("c.txt", DumpShape.PaperFeed, Record("Other Paper") with { Authors = ["J. Smith"] }));

        var smith = Assert.Single(result.Authors, author => author.Name.EndsWith("Smith", StringComparison.Ordinal));
        Assert.Equal("john-smith", smith.Id);
        Assert.Equal(["J. Smith"], smith.Aliases.ToArray());
        Assert.Equal(["other-paper", "shared-paper"], smith.PaperIds.ToArray());
    }

    [Fact]
    public void The_profile_page_and_all_its_papers_go_to_the_person_it_is_about()
    {
        var profile = new ProfileStats("Nikhil Ghosh", "LG", 19, 15, 576, 52, 56);
        var dump = Dump("000.txt", DumpShape.ProfilePage,
            Record("A Universal Trade-off Between the Model Size, Test Loss, and Training Loss of Linear Predictors") with { Authors = ["Nikhil Ghosh", "Mikhail Belkin"] },
            Record(AltUpTitle) with { Authors = ["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala"], AuthorsTruncated = true }) with { Profile = profile };

        var result = MergeDumps(dump, Dump("004.txt", DumpShape.PaperFeed, Record("Unrelated") with { Authors = ["Cenk Baykal"] }));

        var nikhil = result.Authors.Single(author => author.Id == "nikhil-ghosh");
        Assert.Same(profile, nikhil.Profile);
        Assert.Equal(["a-universal-trade-off-between-the-model-size-test-loss-and-training-loss-of", "alternating-updates-for-efficient-transformers"], nikhil.PaperIds.ToArray());
        Assert.DoesNotContain("nikhil-ghosh", result.Papers.Single(paper => paper.Title == AltUpTitle).AuthorIds);
        Assert.Null(result.Authors.Single(author => author.Id == "mikhail-belkin").Profile);
    }

    [Fact]
    public void Each_author_names_where_their_name_and_profile_came_from()
    {
        var profile = new ProfileStats("Nikhil Ghosh", "LG", 19, 15, 576, 52, 56);
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = ["Nikhil Ghosh", "Mikhail Belkin"] }) with { Profile = profile },
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = ["Cenk Baykal", "Mikhail Belkin"] }));

        Assert.Equal(
            new Dictionary<string, SourceRef> { ["name"] = new("000.txt", DumpShape.ProfilePage, 1), ["profile"] = new("000.txt", DumpShape.ProfilePage, 1) },
            result.Authors.Single(author => author.Id == "nikhil-ghosh").FieldSources);
        Assert.Equal(new SourceRef("004.txt", DumpShape.PaperFeed, 1), result.Authors.Single(author => author.Id == "cenk-baykal").FieldSources["name"]);
        Assert.False(result.Authors.Single(author => author.Id == "cenk-baykal").FieldSources.ContainsKey("profile"));
    }

    [Theory]
    [InlineData("Jamie Simon", "James B. Simon", "nickname")]
    [InlineData("Huangyuan Su", "Chloe Huangyuan Su", "given name added in front")]
    public void A_name_variant_joins_when_the_two_share_a_co_author_and_says_why(string one, string other, string relation)
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = [one, "Cengiz Pehlevan", "Ann Lee"] }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = [other, "Cengiz Pehlevan", "Ann Lee"] }));

        var person = Assert.Single(result.Authors, author => author.Name == other);
        Assert.Equal([one], person.Aliases.ToArray());
        Assert.Equal([$"{one} = {other}: {relation}, shared co-authors Ann Lee, Cengiz Pehlevan"], person.IdentityEvidence.ToArray());
        Assert.Equal(3, result.Authors.Length);
    }

    [Fact]
    public void A_name_variant_stays_apart_without_a_shared_co_author_or_when_both_sign_one_paper()
    {
        // A given name added in front needs two shared co-authors: the short form may be a common name.
        var common = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = ["Xin Wang", "James Zou"] }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = ["Allen Xin Wang", "James Zou"] }));
        Assert.Equal(3, common.Authors.Length);

        var strangers = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = ["Jamie Simon", "Cengiz Pehlevan"] }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = ["James B. Simon", "Ann Lee"] }));
        var colleagues = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = ["Jamie Simon", "Cengiz Pehlevan"] }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = ["James B. Simon", "Cengiz Pehlevan", "Jamie Simon"] }));

        Assert.Equal(4, strangers.Authors.Length);
        Assert.Equal(3, colleagues.Authors.Length);
        Assert.All(colleagues.Authors, author => Assert.Empty(author.IdentityEvidence));
    }

    [Fact]
    public void A_name_variant_whose_years_lie_apart_stays_apart()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Paper One") with { Authors = ["Jamie Simon", "Cengiz Pehlevan"], Date = new DateOnly(1995, 3, 1) }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Paper Two") with { Authors = ["James B. Simon", "Cengiz Pehlevan"], Date = new DateOnly(2024, 3, 1) }));

        Assert.Equal(3, result.Authors.Length);
    }

    [Fact]
    public void Shared_title_words_stand_in_for_a_second_co_author_and_the_evidence_names_them_and_the_years()
    {
        var result = MergeDumps(
            Dump("000.txt", DumpShape.ProfilePage, Record("Spectral Kernel Regression for Graphs") with { Authors = ["Xin Wang", "James Zou"], Date = new DateOnly(2022, 3, 1) }),
            Dump("004.txt", DumpShape.PaperFeed, Record("Kernel Regression Revisited") with { Authors = ["Allen Xin Wang", "James Zou"], Date = new DateOnly(2023, 5, 1) }));

        var person = Assert.Single(result.Authors, author => author.Name == "Allen Xin Wang");
        Assert.Equal(
            ["Xin Wang = Allen Xin Wang: given name added in front, shared co-authors James Zou; shared title words kernel, regression; years 2022 and 2023"],
            person.IdentityEvidence.ToArray());
    }
}
