using System.Text.Json;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>The ingest cache's entries give back exactly the dump that was written, or nothing.</summary>
public sealed class ParsedDumpCodecTests
{
    private static readonly ParsedDump EveryField = new(
        "feed.txt",
        DumpShape.PaperFeed,
        new ProfileStats("Dylan J. Cutler", "ML", 12, 40, 1234, 87, 91),
        [
            new RawRecord
            {
                Source = new SourceRef("feed.txt", DumpShape.PaperFeed, 3),
                Title = "Alternating Updates for Efficient Transformers",
                AlternativeReadings = [new TitleReading("Updates for Efficient Transformers", "NeurIPS"), new TitleReading("Alternating Updates", null, ["Efficient Transformers"])],
                Authors = ["Cenk Baykal", "Dylan Cutler"],
                AuthorsTruncated = true,
                Abstract = "We present AltUp — with ümlauts, 数学 and $\\alpha$.",
                Date = new DateOnly(2023, 1, 30),
                Category = "LG",
                Venue = "NeurIPS 2023",
                VenueNote = "spotlight",
                Year = 2023,
                Score = 84.7,
                HasCode = false,
                Org = "Google",
                TrendingRank = 2,
            },
            new RawRecord { Source = new SourceRef("elsewhere.txt", DumpShape.AbstractListing, 9), HasCode = true },
            new RawRecord { Source = new SourceRef("feed.txt", DumpShape.PaperFeed, 12), Title = "", Authors = [""], Score = 0 },
        ],
        [
            new Diagnostic(Severity.Warning, "DG0111", "feed.txt", 3, "unsure where the title ends", "check the line"),
            new Diagnostic(Severity.Error, "DG0101", "feed.txt", 0, "no hint"),
        ]);

    [Fact]
    public void A_dump_with_every_field_set_or_absent_comes_back_as_written_with_its_yearless_dates()
    {
        var yearless = new YearlessDates(new DateOnly(2025, 1, 3), [new MonthDay(2, 29), new MonthDay(12, 31)]);
        var read = ParsedDumpCodec.Read(ParsedDumpCodec.Write(EveryField, yearless));
        var readWithoutDay = ParsedDumpCodec.Read(ParsedDumpCodec.Write(new ParsedDump("bad.txt", null, null, [], []), null));

        Assert.NotNull(read);
        Assert.Equal(Json(EveryField), Json(read.Value.Dump));
        Assert.Equal(yearless.ReadOn, read.Value.Yearless!.ReadOn);
        Assert.Equal(yearless.Days.ToArray(), read.Value.Yearless.Days.ToArray());
        Assert.NotNull(readWithoutDay);
        Assert.Equal(Json(new ParsedDump("bad.txt", null, null, [], [])), Json(readWithoutDay.Value.Dump));
        Assert.Null(readWithoutDay.Value.Yearless);
    }

    [Fact]
    public void The_seed_dumps_come_back_as_parsed()
    {
        foreach (var file in InputReader.ReadDumps(RepoPaths.Input))
        {
            var dump = IngestDumps.Parse(file, SeedDumps.AsOf);

            Assert.Equal(Json(dump), Json(ParsedDumpCodec.Read(ParsedDumpCodec.Write(dump, null))!.Value.Dump));
        }
    }

    [Fact]
    public void A_cut_short_lengthened_or_foreign_entry_reads_as_nothing()
    {
        var entry = ParsedDumpCodec.Write(EveryField, new YearlessDates(new DateOnly(2025, 1, 3), [new MonthDay(4, 23)]));

        Assert.All(Enumerable.Range(0, entry.Length), length => Assert.Null(ParsedDumpCodec.Read(entry[..length])));
        // As a pooled read hands it over: the head of a buffer whose rest is the entry's own bytes.
        Assert.All(Enumerable.Range(0, entry.Length), length => Assert.Null(ParsedDumpCodec.Read(new ArraySegment<byte>(entry, 0, length))));
        Assert.Null(ParsedDumpCodec.Read(entry.Append((byte)0).ToArray()));
        Assert.Null(ParsedDumpCodec.Read("{\"Format\": \"digestgen-ingest/1\"}"u8.ToArray()));
        Assert.Null(ParsedDumpCodec.Read(ParsedDumpCodec.Write(EveryField, new YearlessDates(new DateOnly(2025, 1, 3), [new MonthDay(13, 1)]))));
    }

    // The codec writes fields by name, not by reflection: a field added to one of these records is lost from cached
    // dumps until ParsedDumpCodec writes it too. Add it there (and to EveryField above), then here.
    [Theory]
    [InlineData(typeof(ParsedDump), "Diagnostics File Profile Records Shape")]
    [InlineData(typeof(RawRecord), "Abstract AlternativeReadings Authors AuthorsTruncated Category Date HasCode Org Score Source Title TrendingRank Venue VenueNote Year")]
    [InlineData(typeof(SourceRef), "File Line Shape")]
    [InlineData(typeof(TitleReading), "Authors Title Venue")]
    [InlineData(typeof(ProfileStats), "AiScore Category Citations HIndex Name NoveltyPercent PaperCount")]
    [InlineData(typeof(Diagnostic), "Code File Hint Line Message Severity")]
    public void Every_field_of_a_parsed_dump_is_one_the_codec_writes(Type record, string written)
    {
        var fields = record.GetProperties().Where(property => property.Name != "EqualityContract").Select(property => property.Name).Order(StringComparer.Ordinal);

        Assert.Equal(written, string.Join(' ', fields));
    }

    private static string Json(ParsedDump dump) => JsonSerializer.Serialize(dump);
}
