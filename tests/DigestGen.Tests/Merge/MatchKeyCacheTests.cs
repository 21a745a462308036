using System.Text.Json;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Tests.Merge;

/// <summary>A nightly build makes title keys and fingerprints only for new or changed dumps; merge comes out the same.</summary>
public sealed class MatchKeyCacheTests : IDisposable
{
    private static readonly IReadOnlyList<ParsedDump> Dumps = SeedMerge.Dumps();

    private readonly string cache = Directory.CreateTempSubdirectory("digestgen-match-keys-").FullName;

    public void Dispose() => Directory.Delete(cache, recursive: true);

    private string Folder => Path.Combine(cache, MatchKeyCache.FolderName);

    [Fact]
    public void Kept_keys_merge_exactly_as_made_ones_and_entries_of_dumps_gone_are_removed()
    {
        Build(Dumps, EntryName);

        var (again, reused) = Build(Dumps, EntryName);
        Build(Dumps.Skip(1).ToList(), EntryName);

        Assert.Equal(Dumps.Count, reused);
        Assert.Equal(Json(MergePapers.Run(Dumps, MergeOptions.TextOnly)), Json(Merge(again)));
        Assert.Equal(Dumps.Count - 1, Directory.GetFiles(Folder).Length);
    }

    [Fact]
    public void A_changed_dump_and_a_dump_without_an_entry_name_have_their_keys_made()
    {
        Build(Dumps, EntryName);

        var changed = Build(Dumps, file => EntryName(file) + "-changed");
        var unnamed = Build(Dumps, _ => null);

        Assert.Equal(0, changed.Reused);
        Assert.Equal(0, unnamed.Reused);
        Assert.Empty(Directory.GetFiles(Folder));
        Assert.Equal(Json(MergePapers.Run(Dumps, MergeOptions.TextOnly)), Json(Merge(changed.Records)));
    }

    [Fact]
    public void A_torn_foreign_or_other_dumps_entry_is_no_entry()
    {
        Build(Dumps, EntryName);
        var entries = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList();
        var whole = File.ReadAllBytes(entries[0]);
        File.WriteAllBytes(entries[0], whole[..(whole.Length / 2)]);
        File.WriteAllText(entries[1], "{\"Format\": \"digestgen-match-keys/0\"}");
        File.Copy(entries[3], entries[2], overwrite: true);

        var (records, reused) = Build(Dumps, EntryName);

        Assert.Equal(Dumps.Count - 3, reused);
        Assert.Equal(Json(MergePapers.Run(Dumps, MergeOptions.TextOnly)), Json(Merge(records)));
    }

    [Fact]
    public void An_entry_cut_short_lengthened_or_with_a_fingerprint_where_there_is_no_abstract_reads_as_nothing()
    {
        var dump = Dumps.First(dump => dump.Records.Any(DumpMatchKeys.HasAbstract));
        var keys = DumpMatchKeys.Of(dump);
        var entry = MatchKeyCodec.Write(keys);
        var withoutAbstract = dump with { Records = [.. dump.Records.Select(record => record with { Abstract = null })] };

        Assert.NotNull(MatchKeyCodec.Read(entry, dump));
        Assert.All(Enumerable.Range(0, entry.Length), length => Assert.Null(MatchKeyCodec.Read(entry[..length], dump)));
        // As a pooled read hands it over: the head of a buffer whose rest is the entry's own bytes.
        Assert.All(Enumerable.Range(0, entry.Length), length => Assert.Null(MatchKeyCodec.Read(new ArraySegment<byte>(entry, 0, length), dump)));
        Assert.Null(MatchKeyCodec.Read(entry.Append((byte)0).ToArray(), dump));
        Assert.Null(MatchKeyCodec.Read(entry, withoutAbstract));
        Assert.Null(MatchKeyCodec.Read(entry, dump with { Records = dump.Records[1..] }));
    }

    private static string EntryName(string file) => Path.GetFileNameWithoutExtension(file);

    private static MergeResult Merge(MergeRecords records) =>
        MergePapers.Run(records, PaperGroups.Build(records, MergeOptions.TextOnly), MergeOptions.TextOnly, (_, work) => work());

    /// <summary>One build's merge records through the cache, its entries then written as the pipeline writes them after publishing.</summary>
    private (MergeRecords Records, int Reused) Build(IReadOnlyList<ParsedDump> dumps, Func<string, string?> entryNameOf)
    {
        var kept = new MatchKeyCache(cache, entryNameOf);
        var records = MergeRecords.Of(dumps, kept);
        kept.Update().Write();
        return (records, kept.Reused);
    }

    private static string Json(MergeResult merged) => JsonSerializer.Serialize(merged);
}
