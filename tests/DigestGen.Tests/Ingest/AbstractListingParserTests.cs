using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class AbstractListingParserTests
{
    [Fact]
    public void Seed_listing_gives_ten_untitled_abstracts_exactly_as_written()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Abstracts);
        var dump = SeedDumps.Parse(SeedDumps.Abstracts);

        Assert.Equal(DumpShape.AbstractListing, dump.Shape);
        Assert.Empty(dump.Diagnostics);
        Assert.Equal([1, 6, 11, 16, 21, 26, 29, 34, 39, 41], dump.Records.Select(record => record.Source.Line));
        foreach (var record in dump.Records)
        {
            Assert.Equal(lines[record.Source.Line - 1]["Abstract:".Length..], record.Abstract);
            Assert.Null(record.Title);
            Assert.Empty(record.Authors);
        }

        ParsedDumpGolden.Verify(dump, "003_abstracts.records.txt");
    }

    [Fact]
    public void Seed_keeps_non_ascii_text_and_latex()
    {
        Assert.Contains(SeedDumps.Parse(SeedDumps.Abstracts).Records, record => record.Abstract!.Contains("($μ$P)", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrapped_abstracts_are_joined_and_empty_ones_reported()
    {
        var dump = Snippet.Parse("Abstract: We show that $\\mathcal{O}(n)$ suffices\nfor all $n$.\n\n\nAbstract:\n\nabstract:Lower-case marker, μ-Transfer kept.");

        Assert.Equal(["We show that $\\mathcal{O}(n)$ suffices for all $n$.", "Lower-case marker, μ-Transfer kept."], dump.Records.Select(record => record.Abstract!));
        Assert.Equal("DG0102@5", Snippet.Codes(dump));
    }
}
