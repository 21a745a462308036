using System.Collections.Immutable;
using DigestGen.Model;
using static DigestGen.Tests.Curate.SeedDigest;

namespace DigestGen.Tests.Curate;

public sealed class ApplyOverridesTests
{
    [Fact]
    public void Pin_marks_the_paper_as_an_editors_pick_and_records_the_file()
    {
        var result = OverrideFiles.Apply(("pick.md", $"---\npaper: {AltUp}\npin: true\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Paper(AltUp).Pinned);
        Assert.Equal<string>(["overrides/pick.md"], result.Paper(AltUp).EditedBy);
        Assert.False(result.Paper(Soap).Pinned);
        Assert.Empty(result.Paper(Soap).EditedBy);
    }

    [Fact]
    public void Hide_removes_the_paper_from_papers_topics_authors_and_related_lists()
    {
        var result = OverrideFiles.Apply(("hide.md", $"---\npaper: {AltUp}\nhide: true\n---\n"));

        var digest = result.Digest;
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(digest.Papers, paper => paper.Id == AltUp);
        Assert.All(digest.Topics, topic => Assert.DoesNotContain(AltUp, topic.PaperIds));
        Assert.All(digest.Authors, author => Assert.DoesNotContain(AltUp, author.PaperIds));
        Assert.All(digest.Papers, paper => Assert.DoesNotContain(AltUp, paper.RelatedIds));
        Assert.Equal<string>([Matryoshka, Soap], result.Topic("lg").PaperIds);
        // Its authors wrote nothing else here, so they leave with it; nobody else does.
        Assert.DoesNotContain(digest.Authors, author => author.Id is "cenk-baykal" or "dylan-cutler" or "nishanth-dikkala");
        Assert.Equal(SeedDigest.Build().Authors.Length - 3, digest.Authors.Length);
    }

    [Fact]
    public void A_hide_addressed_to_an_id_the_paper_no_longer_has_follows_the_id_history_and_still_hides_it()
    {
        var result = OverrideFiles.Apply(SeedDigest.Build(), new Dictionary<string, string> { ["altup-old-id"] = AltUp }, ("hide.md", "---\npaper: altup-old-id\nhide: true\n---\n"));

        Assert.DoesNotContain(result.Digest.Papers, paper => paper.Id == AltUp);
        var followed = Assert.Single(result.Diagnostics);
        Assert.Equal("overrides/hide.md(2): warning DG0410: the paper once published as 'altup-old-id' is now '" + AltUp + "' (it was merged with another record); the override was applied to it (write 'paper: " + AltUp + "' to keep it working once the old id is forgotten)", followed.ToString());
    }

    [Fact]
    public void An_override_whose_paper_is_gone_is_an_error_naming_the_closest_ids()
    {
        var result = OverrideFiles.Apply(("hide.md", $"---\npaper: {AltUp}-2023\nhide: true\n---\n"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DigestGen.Model.Severity.Error, problem.Severity);
        Assert.Contains($"did you mean '{AltUp}'", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_an_override_sets_name_its_file_and_line_as_their_source_and_the_rest_keep_theirs()
    {
        var before = SeedDigest.Build().Papers.Single(paper => paper.Id == AltUp) with
        {
            FieldSources = ImmutableSortedDictionary.CreateRange(new Dictionary<string, SourceRef>
            {
                ["authors"] = new("profile.txt", DumpShape.ProfilePage, 19),
                ["title"] = new("profile.txt", DumpShape.ProfilePage, 18),
            }),
        };

        var digest = SeedDigest.Build();
        var result = OverrideFiles.Apply(digest with { Papers = [.. digest.Papers.Select(paper => paper.Id == AltUp ? before : paper)] }, ("a.md", $"---\npaper: {AltUp}\nauthors:\n  - Cenk Baykal\n  - Xin Wang\ncode: https://github.com/example/altup\n---\nWhy.\n"));

        var paper = result.Paper(AltUp);
        Assert.Equal(new SourceRef("overrides/a.md", DumpShape.Override, 3), paper.FieldSources["authors"]);
        Assert.Equal(new SourceRef("overrides/a.md", DumpShape.Override, 3), paper.FieldSources["authorsTruncated"]);
        Assert.Equal(new SourceRef("overrides/a.md", DumpShape.Override, 6), paper.FieldSources["codeUrl"]);
        Assert.Equal(new SourceRef("overrides/a.md", DumpShape.Override, 8), paper.FieldSources["editorNote"]);
        Assert.Equal(new SourceRef("profile.txt", DumpShape.ProfilePage, 18), paper.FieldSources["title"]);
        Assert.Equal(before.Sources, paper.Sources);
    }

    [Fact]
    public void A_paper_can_be_picked_by_its_exact_or_normalised_title()
    {
        var exact = OverrideFiles.Apply(("a.md", "---\ntitle: \"SOAP: Improving and Stabilizing Shampoo using Adam\"\npin: true\n---\n"));
        var loose = OverrideFiles.Apply(("a.md", "---\ntitle: soap — improving and stabilizing SHAMPOO using adam\npin: true\n---\n"));

        Assert.Empty(exact.Diagnostics);
        Assert.Empty(loose.Diagnostics);
        Assert.True(exact.Paper(Soap).Pinned);
        Assert.True(loose.Paper(Soap).Pinned);
    }

    [Fact]
    public void New_title_fixes_the_title_and_keeps_the_id()
    {
        var result = OverrideFiles.Apply(("t.md", $"---\npaper: {Matryoshka}\nnew-title: \"Matryoshka Representation Learning (MRL)\"\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Matryoshka Representation Learning (MRL)", result.Paper(Matryoshka).Title);
    }

    [Fact]
    public void Authors_replace_the_list_and_relink_author_pages()
    {
        var result = OverrideFiles.Apply(("a.md", $"""
            ---
            paper: {AltUp}
            authors:
              - Cenk Baykal
              - Dylan J. Cutler
              - Nishanth Dikkala
              - Rina Panigrahy
            ---
            """));

        Assert.Empty(result.Diagnostics);
        var paper = result.Paper(AltUp);
        Assert.Equal<string>(["Cenk Baykal", "Dylan J. Cutler", "Nishanth Dikkala", "Rina Panigrahy"], paper.Authors);
        Assert.False(paper.AuthorsTruncated);
        // "Dylan J. Cutler" is the known Dylan Cutler (first and last name agree); Rina Panigrahy is new.
        Assert.Equal<string>(["cenk-baykal", "dylan-cutler", "nishanth-dikkala", "rina-panigrahy"], paper.AuthorIds);
        var newAuthor = result.Digest.Authors.Single(author => author.Id == "rina-panigrahy");
        Assert.Equal<string>([AltUp], newAuthor.PaperIds);
    }

    [Fact]
    public void Dropping_an_author_takes_the_paper_off_their_page()
    {
        var result = OverrideFiles.Apply(("a.md", $"---\npaper: {SgdBatch}\nauthors: [Nikhil Ghosh, Spencer Frei]\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal<string>(["nikhil-ghosh", "spencer-frei"], result.Paper(SgdBatch).AuthorIds);
        Assert.DoesNotContain(result.Digest.Authors, author => author.Id == "wooseok-ha");
        Assert.Equal<string>([TradeOff, SgdBatch], result.Digest.Authors.Single(author => author.Id == "nikhil-ghosh").PaperIds);
    }

    [Fact]
    public void Editors_author_names_are_matched_and_new_ids_made_with_merges_author_identity()
    {
        // An id that is the slug of a new name but belongs to someone else, as merge can leave it.
        var digest = SeedDigest.Build();
        var taken = digest with { Authors = [.. digest.Authors, new Author("rina-panigrahy", "R. Panigrahy-Other", [], [], null)] };
        var result = OverrideFiles.Apply(taken, ("a.md", $"---\npaper: {SgdBatch}\nauthors: [Nikhil Ghosh Jr., Rina Panigrahy]\n---\n"));

        Assert.Empty(result.Diagnostics);
        var ids = result.Paper(SgdBatch).AuthorIds;
        // Merge's identity drops a "Jr." as it joins spellings; a new person's id climbs merge's ladder (slug, then slug and hash).
        Assert.Equal("nikhil-ghosh", ids[0]);
        Assert.Equal($"rina-panigrahy-{DigestGen.Merge.Slug.ShortHash("Rina Panigrahy")}", ids[1]);
    }

    [Fact]
    public void Date_venue_and_code_are_set()
    {
        var result = OverrideFiles.Apply(("d.md", $"""
            ---
            paper: {AltUp}
            date: 2023-01-31
            venue: NeurIPS 2023
            code: https://github.com/google-research/altup
            ---
            """));

        Assert.Empty(result.Diagnostics);
        var paper = result.Paper(AltUp);
        Assert.Equal(new DateOnly(2023, 1, 31), paper.Date);
        Assert.Equal("NeurIPS 2023", paper.Venue);
        Assert.Equal("https://github.com/google-research/altup", paper.CodeUrl);
        Assert.True(paper.HasCode);
    }

    [Fact]
    public void Topic_moves_the_paper_between_existing_topics()
    {
        var result = OverrideFiles.Apply(("m.md", $"---\npaper: {AltUp}\ntopic: ml\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("ml", result.Paper(AltUp).TopicId);
        Assert.Equal<string>([TradeOff, SgdBatch, AltUp], result.Topic("ml").PaperIds);
        Assert.Equal<string>([Matryoshka, Soap], result.Topic("lg").PaperIds);
    }

    [Fact]
    public void A_topic_file_labels_a_new_topic_that_papers_move_into()
    {
        var result = OverrideFiles.Apply(
            ("altup.md", $"---\npaper: {AltUp}\ntopic: efficient-transformers\n---\n"),
            ("topics/efficient-transformers.md", "---\ntopic: efficient-transformers\nlabel: Efficient transformers\n---\nCheaper training and inference for **transformers**.\n"));

        Assert.Empty(result.Diagnostics);
        var topic = result.Topic("efficient-transformers");
        Assert.Equal("Efficient transformers", topic.Label);
        Assert.Equal("Cheaper training and inference for **transformers**.", topic.Description);
        Assert.Equal<string>([AltUp], topic.PaperIds);
    }

    [Fact]
    public void Moving_every_paper_out_of_a_topic_removes_the_empty_topic()
    {
        var result = OverrideFiles.Apply(
            ("1.md", $"---\npaper: {TradeOff}\ntopic: lg\n---\n"),
            ("2.md", $"---\npaper: {SgdBatch}\ntopic: lg\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal<string>(["lg"], result.Digest.Topics.Select(topic => topic.Id));
    }

    [Fact]
    public void Tags_accept_a_list_or_a_comma_separated_line_and_add_up_across_files()
    {
        var result = OverrideFiles.Apply(
            ("1.md", $"---\npaper: {AltUp}\ntags: [moe, efficiency]\n---\n"),
            ("2.md", $"---\npaper: {AltUp}\ntags: Efficiency, transformers\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal<string>(["moe", "efficiency", "transformers"], result.Paper(AltUp).Tags);
        Assert.Equal<string>(["overrides/1.md", "overrides/2.md"], result.Paper(AltUp).EditedBy);
    }

    [Fact]
    public void The_markdown_below_the_settings_is_the_editors_note()
    {
        var result = OverrideFiles.Apply(("n.md", $"---\npaper: {Soap}\npin: true\n---\n\nWhy this matters: **SOAP** makes Shampoo practical.\n\nSee also [AdamW](https://arxiv.org/abs/1711.05101).\n\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Why this matters: **SOAP** makes Shampoo practical.\n\nSee also [AdamW](https://arxiv.org/abs/1711.05101).", result.Paper(Soap).EditorNote);
    }

    [Fact]
    public void A_topic_file_renames_describes_or_hides_a_topic()
    {
        var result = OverrideFiles.Apply(
            ("topics/lg.md", "---\ntopic: lg\nlabel: Machine learning\ndescription: Learning methods and their theory.\n---\n"),
            ("topics/ml.md", "---\ntopic: ml\nhide: true\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Machine learning", result.Topic("lg").Label);
        Assert.Equal("Learning methods and their theory.", result.Topic("lg").Description);
        Assert.DoesNotContain(result.Digest.Topics, topic => topic.Id == "ml");
        Assert.Null(result.Paper(TradeOff).TopicId);
        Assert.Equal(5, result.Digest.Papers.Length);
    }

    [Fact]
    public void Several_files_for_one_paper_apply_in_file_name_order()
    {
        var result = OverrideFiles.Apply(
            ("2026-11-01-altup.md", $"---\npaper: {AltUp}\npin: true\n---\nFirst note.\n"),
            ("2026-11-20-altup.md", $"---\ntitle: Alternating Updates for Efficient Transformers\nvenue: NeurIPS 2023\npin: true\n---\n"));

        Assert.Empty(result.Diagnostics);
        var paper = result.Paper(AltUp);
        Assert.True(paper.Pinned);
        Assert.Equal("NeurIPS 2023", paper.Venue);
        Assert.Equal("First note.", paper.EditorNote);
        Assert.Equal<string>(["overrides/2026-11-01-altup.md", "overrides/2026-11-20-altup.md"], paper.EditedBy);
    }

    [Fact]
    public void Keys_forgive_case_and_underscores_and_files_may_use_windows_line_endings()
    {
        var result = OverrideFiles.Apply(("w.md", $"\uFEFF---\r\nPaper: {Matryoshka}\r\nNew_Title: Matryoshka Representations\r\nPin: yes\r\n---\r\nA note.\r\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Matryoshka Representations", result.Paper(Matryoshka).Title);
        Assert.True(result.Paper(Matryoshka).Pinned);
        Assert.Equal("A note.", result.Paper(Matryoshka).EditorNote);
    }

    [Fact]
    public void A_skipped_file_leaves_the_other_files_and_the_digest_intact()
    {
        var result = OverrideFiles.Apply(
            ("a.md", $"---\npaper: {AltUp}\npin: maybe\n---\n"),
            ("b.md", $"---\npaper: {Soap}\npin: true\n---\n"));

        Assert.Single(result.Diagnostics);
        Assert.False(result.Paper(AltUp).Pinned);
        Assert.Empty(result.Paper(AltUp).EditedBy);
        Assert.True(result.Paper(Soap).Pinned);
    }

    [Fact]
    public void Without_topics_from_compute_topic_ids_are_taken_as_written()
    {
        var digest = SeedDigest.Build() with { Topics = [] };

        var result = OverrideFiles.Apply(digest,
            ("a.md", $"---\npaper: {AltUp}\ntopic: efficient-transformers\n---\n"),
            ("topics/x.md", "---\ntopic: some-learned-topic\nlabel: Renamed\n---\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("efficient-transformers", result.Paper(AltUp).TopicId);
    }
}
