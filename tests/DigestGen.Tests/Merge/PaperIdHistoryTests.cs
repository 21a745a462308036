using System.Collections.Immutable;
using DigestGen.Merge;
using DigestGen.Model;
using DigestGen.Tests.Support;
using static DigestGen.Tests.Merge.MergeInput;

namespace DigestGen.Tests.Merge;

/// <summary>A paper keeps the id a build published, whatever newcomers arrive; with no history ids come out as they always did.</summary>
public sealed class PaperIdHistoryTests
{
    private static readonly DateOnly Night = new(2026, 11, 23);

    private static readonly RawRecord Published = Record("Efficient Transformers", SeedAbstracts.AltUp) with { Date = new DateOnly(2023, 1, 30) };
    private static readonly RawRecord Newcomer = Record("Efficient transformers!", SeedAbstracts.ExternalMemory) with { Date = new DateOnly(2024, 3, 1) };

    [Fact]
    public void A_newcomer_whose_title_slugs_like_a_published_paper_gets_the_suffix_and_the_published_paper_keeps_its_id()
    {
        var first = Merge([], Night, Published);
        Assert.Equal("efficient-transformers", first.Single("Efficient Transformers").Id);

        var next = Merge(first.IdHistory, Night.AddDays(1), Published, Newcomer);

        Assert.Equal("efficient-transformers", next.Single("Efficient Transformers").Id);
        Assert.Equal("efficient-transformers-2024", next.Single("Efficient transformers!").Id);

        // Without the history (a first build, or the cache deleted) both climb, as they always did.
        var fresh = Merge([], Night.AddDays(1), Published, Newcomer);
        Assert.Equal(["efficient-transformers-2023", "efficient-transformers-2024"], fresh.Papers.Select(paper => paper.Id));
    }

    [Fact]
    public void Ids_depend_only_on_the_input_and_the_history_not_on_input_order()
    {
        var history = Merge([], Night, Published).IdHistory;

        var forward = Merge(history, Night.AddDays(1), Published, Newcomer);
        var backward = Merge(history, Night.AddDays(1), Newcomer, Published);

        Assert.Equal(forward.Papers.Select(paper => (paper.Title, paper.Id)), backward.Papers.Select(paper => (paper.Title, paper.Id)));
    }

    [Fact]
    public void A_paper_missing_for_a_night_gets_its_id_back_and_no_newcomer_takes_it_meanwhile()
    {
        // Long titles that differ only past the slug's length: one slug, two papers.
        const string Shared = "Efficient Transformers for Long Sequences with Linear Attention, Sparse Routing and Careful Caching";
        var published = Published with { Title = Shared + " in Practice" };
        var newcomer = Newcomer with { Title = Shared + " in Theory" };
        var slug = Slug.From(published.Title!);
        Assert.Equal(slug, Slug.From(newcomer.Title!));
        var first = Merge([], Night, published);

        var badNight = Merge(first.IdHistory, Night.AddDays(1), newcomer);
        Assert.Equal($"{slug}-2024", Assert.Single(badNight.Papers).Id);

        var back = Merge(badNight.IdHistory, Night.AddDays(2), published, newcomer);
        Assert.Equal(slug, back.Single(published.Title!).Id);
        Assert.Equal($"{slug}-2024", back.Single(newcomer.Title!).Id);
    }

    [Fact]
    public void A_title_corrected_in_the_dumps_keeps_the_published_id()
    {
        var first = Merge([], Night, Published with { Title = "Efficent Transformers" });

        var corrected = Merge(first.IdHistory, Night.AddDays(1), Published);

        Assert.Equal("efficent-transformers", Assert.Single(corrected.Papers).Id);
    }

    [Fact]
    public void Two_published_papers_now_one_leave_the_unseen_id_pointing_at_the_paper_that_holds_its_content()
    {
        // One abstract under two titles: two papers the first night; the next night the second title is gone.
        var renamed = Published with { Title = "Efficient Transformers, Revisited" };
        var first = Merge([], Night, Published, renamed);
        Assert.Equal(["efficient-transformers", "efficient-transformers-revisited"], first.Papers.Select(paper => paper.Id));

        var next = Merge(first.IdHistory, Night.AddDays(1), Published, Newcomer with { Title = "Sparse Routing" });

        Assert.Equal("efficient-transformers", next.Single("Efficient Transformers").Id);
        Assert.Equal("efficient-transformers", Assert.Single(next.FormerIds, entry => entry.Key == "efficient-transformers-revisited").Value);
        Assert.Single(next.FormerIds);
        Assert.Contains(next.IdHistory, entry => entry.Id == "efficient-transformers-revisited");

        // A content hash several papers hold names none of them: no former id.
        var sameContent = Published with { Title = "Sparse Routing" };
        var shared = Merge(first.IdHistory, Night.AddDays(1), Published, sameContent, sameContent with { Title = "Dense Routing" });
        Assert.Equal(3, shared.Papers.Length);
        Assert.Empty(shared.FormerIds);
    }

    [Fact]
    public void An_id_unseen_for_longer_than_the_retention_is_free_again()
    {
        var first = Merge([], Night, Published);

        var later = Merge(first.IdHistory, Night.AddDays(PaperIds.RetentionDays + 1), Newcomer);

        Assert.Equal("efficient-transformers", Assert.Single(later.Papers).Id);
    }

    [Fact]
    public void The_history_round_trips_through_the_cache_and_a_corrupt_file_means_none()
    {
        using var cache = new TempFolder();
        var history = Merge([], Night, Published, Newcomer).IdHistory;

        PaperIdHistory.Save(cache.Path, history);
        var (loaded, problem) = PaperIdHistory.Load(cache.Path);

        Assert.Null(problem);
        Assert.Equal(history.OrderBy(entry => entry.Id, StringComparer.Ordinal), loaded);
        cache.Write(PaperIdHistory.FileName, "{\"format\":\"digestgen-paper-ids/1\",\"papers\":[{\"id\":1}]}");
        var (none, corrupt) = PaperIdHistory.Load(cache.Path);
        Assert.Empty(none);
        Assert.Contains("paper ids start afresh", corrupt, StringComparison.Ordinal);
    }

    private static MergeResult Merge(ImmutableArray<PublishedId> history, DateOnly asOf, params RawRecord[] records) =>
        MergePapers.Run([Dump("feed.txt", DumpShape.PaperFeed, records)], MergeOptions.TextOnly with { PublishedIds = history, AsOf = asOf });
}
