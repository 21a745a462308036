using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class PublicationListParserTests
{
    [Fact]
    public void Seed_publication_list_matches_its_golden_file_without_problems()
    {
        var dump = SeedDumps.Parse(SeedDumps.Publications);

        Assert.Equal(DumpShape.PublicationList, dump.Shape);
        Assert.Equal(7, dump.Records.Length);
        Assert.Empty(dump.Diagnostics);
        ParsedDumpGolden.Verify(dump, "001_publications.records.txt");
    }

    [Theory]
    [InlineData(7, "arXiv", null, 2023, "The Effect of SGD Batch Size on Autoencoder Learning: Sparsity, Sharpness, and Feature Learning")]
    [InlineData(14, "ICLR", null, 2024, "More is Better in Modern Machine Learning: when Infinite Overparameterization is Optimal and Overfitting is Obligatory")]
    [InlineData(19, "NeurIPS", "spotlight", 2023, "Alternating Updates for Efficient Transformers")]
    [InlineData(22, "SIMODS", null, 2023, "A Universal Trade-off Between the Model Size, Test Loss, and Training Loss of Linear Predictors")]
    [InlineData(25, "ICLR", null, 2023, "Deconstructing Distributions: A Pointwise Framework of Learning")]
    [InlineData(30, "ICLR", null, 2022, "The Three Stages of Learning Dynamics in High-Dimensional Kernel Methods")]
    [InlineData(35, "NeurIPS", null, 2019, "Landmark Ordinal Embedding")]
    public void Seed_entries_split_badge_note_title_and_year(int line, string venue, string? note, int year, string title)
    {
        var record = SeedDumps.Parse(SeedDumps.Publications).Records.Single(r => r.Source.Line == line);

        Assert.Equal((title, venue, note, year), (record.Title!, record.Venue!, record.VenueNote, record.Year!.Value));
        Assert.Empty(record.AlternativeReadings);
    }

    [Fact]
    public void Seed_abstracts_are_the_text_after_the_venue_line_year()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Publications);
        foreach (var record in SeedDumps.Parse(SeedDumps.Publications).Records)
        {
            var next = lines[record.Source.Line];
            Assert.EndsWith(record.Abstract!, next, StringComparison.Ordinal);
            Assert.False(record.Abstract!.StartsWith('*') || record.Abstract.StartsWith("20", StringComparison.Ordinal), record.Abstract);
        }
    }

    [Fact]
    public void Seed_authors_come_from_the_venue_line_when_it_names_them()
    {
        var records = SeedDumps.Parse(SeedDumps.Publications).Records;

        Assert.Equal<string>(["Nikhil Ghosh", "Mikhail Belkin"], records.Single(r => r.Venue == "SIMODS").Authors);
        Assert.All(records.Where(r => r.Venue != "SIMODS"), record => Assert.Empty(record.Authors));
    }

    [Fact]
    public void Without_a_venue_line_a_well_known_badge_decides_and_other_readings_are_kept()
    {
        var dump = Snippet.Parse("## 2023\n\n- SIMODSA Universal Trade-off\nIn this work we establish a trade-off.\n- ICMLLLC: Accurate Binary Codes\nLearning binary codes.");

        Assert.Equal(DumpShape.PublicationList, dump.Shape);
        var universal = dump.Records[0];
        Assert.Equal(("A Universal Trade-off", "SIMODS", 2023), (universal.Title!, universal.Venue!, universal.Year!.Value));
        Assert.Equal(new TitleReading("LLC: Accurate Binary Codes", "ICML"), new TitleReading(dump.Records[1].Title!, dump.Records[1].Venue));
    }

    [Fact]
    public void An_unknown_badge_is_split_by_shape_with_the_other_plausible_readings_as_alternatives()
    {
        var dump = Snippet.Parse("## 2023\n- FOOBARA Study of Things\nWe study things.\n- ZETAMatFormer: Nested\nWe nest.\n- Plain Title Without Badge\nNo badge here.");

        Assert.Equal(new TitleReading("A Study of Things", "FOOBAR"), new TitleReading(dump.Records[0].Title!, dump.Records[0].Venue));
        Assert.Equal<TitleReading>([new TitleReading("FOOBARA Study of Things", null)], dump.Records[0].AlternativeReadings);

        // "ZETAMat" + "Former: Nested" reads as well as "ZETA" + "MatFormer: Nested" by shape alone: both are offered.
        TitleReading[] readings = [new(dump.Records[1].Title!, dump.Records[1].Venue), .. dump.Records[1].AlternativeReadings];
        Assert.Contains(new TitleReading("Former: Nested", "ZETAMat"), readings);
        Assert.Contains(new TitleReading("ZETAMatFormer: Nested", null), dump.Records[1].AlternativeReadings);

        Assert.Equal(("Plain Title Without Badge", (string?)null), (dump.Records[2].Title!, dump.Records[2].Venue));
        Assert.Empty(dump.Records[2].AlternativeReadings);
    }

    [Fact]
    public void Venue_names_are_normalised_and_notes_split_off()
    {
        var dump = Snippet.Parse("- NeuRIPSoralDeep Things\n*In Advances in Neural Information Processing Systems (NeurIPS)*, 2021We go deep.\n- neuripsWide Things2020\nWe go wide.");

        Assert.Equal(("NeurIPS", "oral", "Deep Things", 2021), (dump.Records[0].Venue!, dump.Records[0].VenueNote!, dump.Records[0].Title!, dump.Records[0].Year!.Value));
        Assert.Equal(("NeurIPS", "Wide Things", 2020), (dump.Records[1].Venue!, dump.Records[1].Title!, dump.Records[1].Year!.Value));
    }

    [Fact]
    public void An_entry_without_abstract_is_kept_and_reported_and_a_truncated_last_one_too()
    {
        var dump = Snippet.Parse("## 2024\n- ICLRFirst Paper\n- ICLRSecond Paper\n*In ICLR (ICLR)*, 2024Abstract two.\n- ICMLCut Short");

        Assert.Equal(["First Paper", "Second Paper", "Cut Short"], dump.Records.Select(record => record.Title!));
        Assert.Equal("Abstract two.", dump.Records[1].Abstract);
        Assert.Equal("DG0102@2 DG0107@5", Snippet.Codes(dump));
    }
}
