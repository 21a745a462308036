using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Every record of the input with what merge compares it by, computed once: its glued title settled
/// (<see cref="TitleReadings"/>), its title's <see cref="TitleKey"/> and its abstract's fingerprint. None of it depends
/// on <see cref="MergeOptions"/>, so a second grouping pass with abstract vectors (<see cref="PaperGroups"/>) reuses it.
/// </summary>
/// <param name="Dumps">The parsed dumps, in input order.</param>
/// <param name="Records">The dumps' records in input order, glued titles settled.</param>
/// <param name="TitleKeys">Per record, its title's key; empty for a record without a title (or one with no letters or digits).</param>
/// <param name="Fingerprints">Per record, its abstract's fingerprint; null for a record without an abstract.</param>
internal sealed record MergeRecords(
    IReadOnlyList<ParsedDump> Dumps, ImmutableArray<RawRecord> Records, IReadOnlyList<string> TitleKeys, IReadOnlyList<AbstractFingerprint?> Fingerprints)
{
    /// <param name="kept">Where earlier builds kept each dump's title keys and fingerprints, or null to make them all.</param>
    public static MergeRecords Of(IReadOnlyList<ParsedDump> dumps, MatchKeyCache? kept = null)
    {
        ImmutableArray<RawRecord> read = [.. dumps.SelectMany(dump => dump.Records)];
        // Title keys and fingerprints are most of this and independent per dump: spread them over the cores.
        var byDump = new DumpMatchKeys[dumps.Count];
        Parallel.For(0, dumps.Count, dump => byDump[dump] = kept?.For(dumps[dump]) ?? DumpMatchKeys.Of(dumps[dump]));
        string[] titleKeys = [.. byDump.SelectMany(keys => keys.TitleKeys)];
        AbstractFingerprint?[] fingerprints = [.. byDump.SelectMany(keys => keys.Fingerprints)];

        // A settled reading changes a record's title (never its abstract): only those keys are made again.
        var records = TitleReadings.Resolve(read, titleKeys);
        for (var record = 0; record < records.Length; record++)
        {
            if (!ReferenceEquals(records[record], read[record]))
            {
                titleKeys[record] = TitleKey.Of(records[record].Title ?? "");
            }
        }

        return new MergeRecords(dumps, records, titleKeys, fingerprints);
    }
}
