using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Tests.Model;

public sealed class DigestJoinTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static MergedPaper Merged(string id, params string[] authorIds) =>
        new() { Id = id, Title = "Title of " + id, Authors = [.. authorIds.Select(author => author.ToUpperInvariant())], AuthorIds = [.. authorIds], AuthorsTruncated = true, HasCode = false };

    private static readonly ImmutableArray<MergedPaper> Papers = [Merged("kept", "ada"), Merged("gone", "ada", "bob"), Merged("other", "ada")];

    private static readonly ImmutableArray<PaperPlacement> Placements =
    [
        new("kept", "vision", ["gone", "other"], new MapPoint(0.1, 0.2)),
        new("gone", "secret", ["kept"], new MapPoint(0.3, 0.4)),
        new("other", "secret", ["gone"], new MapPoint(0.5, 0.6)),
    ];

    private static readonly ImmutableArray<Author> Authors =
    [
        new("ada", "Ada", [], ["kept", "gone", "other"], null),
        new("bob", "Bob", [], ["gone"], null),
    ];

    private static readonly ImmutableArray<Topic> Topics =
    [
        new("vision", "Vision", [], null, ["kept"]),
        new("secret", "Secret", [], null, ["gone", "other"]) { Hidden = true },
    ];

    private static Digest Join(params (string Id, PaperCuration Curation)[] curations) => Digest.Join(
        AsOf, Papers, Placements, curations.ToDictionary(pair => pair.Id, pair => pair.Curation),
        Papers.ToDictionary(paper => paper.Id, paper => paper.AuthorIds), Authors, Topics);

    [Fact]
    public void A_hidden_paper_and_topic_leave_every_list_of_the_digest()
    {
        var digest = Join(("gone", new PaperCuration { Hidden = true }));

        Assert.Equal(["kept", "other"], digest.Papers.Select(paper => paper.Id));
        Assert.Equal<string>(["other"], digest.Papers[0].RelatedIds);
        Assert.Empty(digest.Papers[1].RelatedIds);
        Assert.Null(digest.Papers[1].TopicId);
        Assert.Equal(["vision"], digest.Topics.Select(topic => topic.Id));
        Assert.Equal(["ada"], digest.Authors.Select(author => author.Id));
        Assert.Equal<string>(["kept", "other"], digest.Authors[0].PaperIds);
    }

    [Fact]
    public void The_editors_values_win_over_merges_and_computes_and_merges_stay_where_editors_set_nothing()
    {
        var curation = new PaperCuration
        {
            Title = "Edited",
            Authors = ["Cy"],
            CodeUrl = "https://github.com/a/b",
            TopicId = "vision",
            Pinned = true,
            FieldSources = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("title", new SourceRef("overrides/x.md", DumpShape.Override, 2))]),
        };
        var digest = Join(("other", curation));

        var edited = digest.Papers.Single(paper => paper.Id == "other");
        Assert.Equal(("Edited", "Cy", false, true, "vision", true), (edited.Title, edited.Authors.Single(), edited.AuthorsTruncated, edited.HasCode, edited.TopicId, edited.Pinned));
        Assert.Equal("overrides/x.md", edited.FieldSources["title"].File);
        Assert.Equal(new MapPoint(0.5, 0.6), edited.MapPoint);
        var untouched = digest.Papers.Single(paper => paper.Id == "kept");
        Assert.Equal(("Title of kept", true, false, "vision", false), (untouched.Title, untouched.AuthorsTruncated, untouched.HasCode, untouched.TopicId, untouched.Pinned));
    }
}
