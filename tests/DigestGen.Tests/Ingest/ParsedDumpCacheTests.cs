using System.Runtime.CompilerServices;
using System.Text.Json;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ingest;

/// <summary>A nightly build parses only new or changed dumps; every other dump comes back exactly as it was parsed.</summary>
public sealed class ParsedDumpCacheTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-ingest-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    [Fact]
    public void Unchanged_dumps_are_read_back_as_parsed_and_entries_of_dumps_gone_are_removed()
    {
        var files = InputReader.ReadDumps(RepoPaths.Input).ToList();
        Build(files, SeedDumps.AsOf);

        var (dumps, reused) = Build(files, SeedDumps.AsOf);
        Build(files[1..], SeedDumps.AsOf);

        Assert.Equal(files.Count, reused);
        Assert.Equal(files.Select(file => Json(IngestDumps.Parse(file, SeedDumps.AsOf))), dumps.Select(Json));
        Assert.Equal(files.Count - 1, Directory.GetFiles(Path.Combine(cache, ParsedDumpCache.FolderName)).Length);
    }

    [Fact]
    public void A_changed_renamed_or_unreadable_entry_is_parsed_again()
    {
        var feed = SeedDumps.Read(SeedDumps.Feed);
        Build([feed], SeedDumps.AsOf);
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(cache, ParsedDumpCache.FolderName)));

        var changed = Build([feed with { Bytes = [.. feed.Bytes!, .. "\n"u8] }], SeedDumps.AsOf);
        var renamed = Build([feed with { Path = "renamed.txt" }], SeedDumps.AsOf);
        Build([feed], SeedDumps.AsOf);
        File.WriteAllText(entry, "{\"Format\": \"digestgen-ingest/1\", \"Dump\": [tru");
        var unreadable = Build([feed], SeedDumps.AsOf);

        Assert.Equal(0, changed.Reused);
        Assert.Equal(0, renamed.Reused);
        Assert.All(renamed.Dumps[0].Records, record => Assert.Equal("renamed.txt", record.Source.File));
        Assert.Equal(0, unreadable.Reused);
        Assert.Equal(Json(SeedDumps.Parse(SeedDumps.Feed)), Json(unreadable.Dumps[0]));
    }

    [Fact]
    public void Entries_of_the_earlier_json_format_are_removed_when_the_build_is_published()
    {
        var folder = Directory.CreateDirectory(Path.Combine(cache, ParsedDumpCache.FolderName)).FullName;
        File.WriteAllText(Path.Combine(folder, "0123456789abcdef0123456789abcdef.json"), "{\"Format\": \"digestgen-ingest/1\"}");

        var (_, reused) = Build([SeedDumps.Read(SeedDumps.Feed)], SeedDumps.AsOf);

        Assert.Equal(0, reused);
        Assert.Equal(".dump", Path.GetExtension(Assert.Single(Directory.GetFiles(folder))));
    }

    [Fact]
    public void A_dump_with_dates_without_a_year_is_kept_while_they_fall_in_the_same_years_and_one_without_for_any_day()
    {
        // The profile's "84.7MLApr 23" and "60.4CLApr 8" are read as the latest such days not after the build's day
        // (2026-11-23): both 2026 until 7 April 2027. The publication list has no such dates.
        InputFile[] files = [SeedDumps.Read(SeedDumps.Profile), SeedDumps.Read(SeedDumps.Publications)];
        Build(files, SeedDumps.AsOf);
        var lastAlike = new DateOnly(2027, 4, 7);
        var firstNot = lastAlike.AddDays(1);

        var inside = Build(files, lastAlike);
        var outside = Build(files, firstNot);
        var outsideAgain = Build(files, firstNot);

        Assert.Equal(2, inside.Reused);
        Assert.Equal(Json(IngestDumps.Parse(files[0], lastAlike)), Json(inside.Dumps[0]));
        Assert.Equal(1, outside.Reused);
        Assert.Equal(Json(IngestDumps.Parse(files[0], firstNot)), Json(outside.Dumps[0]));
        Assert.Contains(outside.Dumps[0].Records, record => record.Date == new DateOnly(2027, 4, 8));
        Assert.NotEqual(Json(inside.Dumps[0]), Json(outside.Dumps[0]));
        Assert.Equal(2, outsideAgain.Reused);
    }

    // The pipeline lets go of the parsed dumps once merged; a new entry waits for the site to be published without
    // holding its dump (at 100,000 papers a first build held 280 MB of records that way until it ended).
    [Fact]
    public void A_new_entry_waiting_to_be_written_does_not_hold_its_parsed_dump()
    {
        var parsed = new ParsedDumpCache(cache);
        var (dump, json) = ParseAndLetGo(parsed);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(dump.IsAlive);
        parsed.Update().Write();
        var (again, reused) = Build([SeedDumps.Read(SeedDumps.Feed)], SeedDumps.AsOf);
        Assert.Equal(1, reused);
        Assert.Equal(json, Json(again[0]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Dump, string Json) ParseAndLetGo(ParsedDumpCache parsed)
    {
        var dump = parsed.Parse(SeedDumps.Read(SeedDumps.Feed), SeedDumps.AsOf);
        return (new WeakReference(dump), Json(dump));
    }

    /// <summary>One build's ingest through the cache, its entries then written as the pipeline writes them after publishing.</summary>
    private (List<ParsedDump> Dumps, int Reused) Build(IReadOnlyList<InputFile> files, DateOnly asOf)
    {
        var parsed = new ParsedDumpCache(cache);
        var dumps = files.Select(file => parsed.Parse(file, asOf)).ToList();
        parsed.Update().Write();
        return (dumps, parsed.Reused);
    }

    private static string Json(ParsedDump dump) => JsonSerializer.Serialize(dump);
}
