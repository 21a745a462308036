using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class ProfilePageParserTests
{
    private const string Block = "LGJan 30, 2023\nAlternating Updates for Efficient Transformers\n\nCenk Baykal, Dylan Cutler, Nishanth Dikkala et al.\n\nIt has been well established that increasing scale leads to improved quality.\n\n";

    [Fact]
    public void Seed_profile_matches_its_golden_file_without_problems()
    {
        var dump = SeedDumps.Parse(SeedDumps.Profile);

        Assert.Equal(DumpShape.ProfilePage, dump.Shape);
        Assert.Equal(15, dump.Records.Length);
        Assert.Empty(dump.Diagnostics);
        ParsedDumpGolden.Verify(dump, "000_profile.records.txt");
    }

    [Fact]
    public void Seed_profile_stats_are_read_from_the_header()
    {
        var profile = SeedDumps.Parse(SeedDumps.Profile).Profile;

        Assert.Equal(new ProfileStats("Nikhil Ghosh", "LG", 19, 15, 576, 52, 56), profile);
    }

    [Fact]
    public void Seed_profile_records_restate_the_seed_lines_exactly()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Profile);
        foreach (var record in SeedDumps.Parse(SeedDumps.Profile).Records)
        {
            // Header, blank-free title, blank, authors, blank, abstract: the seed's layout for every paper.
            var at = record.Source.Line - 1;
            Assert.StartsWith(record.Category!, lines[at].TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'), StringComparison.Ordinal);
            Assert.Equal(lines[at + 1], record.Title);
            Assert.Equal(lines[at + 3], string.Join(", ", record.Authors) + (record.AuthorsTruncated ? " et al." : ""));
            Assert.Equal(lines[at + 5], record.Abstract);
        }
    }

    [Fact]
    public void Seed_profile_tricky_records()
    {
        var records = SeedDumps.Parse(SeedDumps.Profile).Records.ToDictionary(record => record.Source.Line);

        Assert.Equal(new DateOnly(2022, 7, 23), records[12].Date);
        Assert.Equal("ML", records[12].Category);
        Assert.Null(records[12].Score);
        Assert.Equal<string>(["Nikhil Ghosh", "Mikhail Belkin"], records[12].Authors);
        Assert.False(records[12].AuthorsTruncated);

        Assert.Equal<string>(["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala"], records[19].Authors);
        Assert.True(records[19].AuthorsTruncated);
        Assert.Equal<string>(["Cenk Baykal", "Dylan J Cutler", "Nishanth Dikkala"], records[33].Authors);

        // "84.7MLApr 23": trending score glued in front, no year = the as-of year.
        Assert.Equal((84.7, "ML", new DateOnly(2026, 4, 23)), (records[61].Score!.Value, records[61].Category!, records[61].Date!.Value));
        Assert.Equal((60.4, "CL", new DateOnly(2026, 4, 8)), (records[68].Score!.Value, records[68].Category!, records[68].Date!.Value));
        Assert.Equal("LoRA+: Efficient Low Rank Adaptation of Large Models", records[54].Title);
        Assert.Contains("Hu et al. (2021)", records[54].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_abstract_is_kept_and_reported()
    {
        var dump = Snippet.Parse("Jane Doe\nLG\nh-index3\n4papers\n\nMLJul 23, 2022\nA Title\n\nJane Doe, John Roe\n\n" + Block);

        Assert.Equal(DumpShape.ProfilePage, dump.Shape);
        Assert.Equal(2, dump.Records.Length);
        Assert.Null(dump.Records[0].Abstract);
        Assert.Equal<string>(["Jane Doe", "John Roe"], dump.Records[0].Authors);
        Assert.Equal("DG0102@6", Snippet.Codes(dump));
    }

    [Fact]
    public void A_truncated_last_record_keeps_what_is_there_and_a_lone_header_is_dropped()
    {
        var cutAfterTitle = Snippet.Parse("Jane Doe\nh-index3\n4papers\n\n" + Block + "CLApr 8, 2024\nCut Short");
        var cutAfterHeader = Snippet.Parse("Jane Doe\nh-index3\n4papers\n\n" + Block + "CLApr 8, 2024\n");

        Assert.Equal<string?>(["Alternating Updates for Efficient Transformers", "Cut Short"], cutAfterTitle.Records.Select(record => record.Title));
        Assert.Equal("DG0107@12", Snippet.Codes(cutAfterTitle));
        Assert.Single(cutAfterHeader.Records);
        Assert.Equal("DG0107@12", Snippet.Codes(cutAfterHeader));
    }

    [Fact]
    public void A_record_without_author_line_takes_the_next_line_as_its_abstract()
    {
        var dump = Snippet.Parse("Jane Doe\nh-index3\n4papers\n\nLGJan 30, 2023\nA Title\n\nIn this work, we show that scale helps, and we say why.");

        var record = Assert.Single(dump.Records);
        Assert.Empty(record.Authors);
        Assert.Equal("In this work, we show that scale helps, and we say why.", record.Abstract);
    }

    [Fact]
    public void An_impossible_date_is_reported_and_the_record_kept_without_one()
    {
        var dump = Snippet.Parse("Jane Doe\nh-index3\n4papers\n\n" + Block.Replace("LGJan 30, 2023", "LGFeb 30, 2023", StringComparison.Ordinal));

        Assert.Null(Assert.Single(dump.Records).Date);
        Assert.Equal("DG0108@5", Snippet.Codes(dump));
    }
}
