using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// What merge compares one dump's records by, record for record: each title's <see cref="TitleKey"/> and each
/// abstract's fingerprint. A pure function of the dump's records, so <see cref="MatchKeyCache"/> keeps it per dump.
/// </summary>
/// <param name="TitleKeys">Per record, its title's key; empty for a record without a title.</param>
/// <param name="Fingerprints">Per record, its abstract's fingerprint; null for a record without an abstract.</param>
internal sealed record DumpMatchKeys(string[] TitleKeys, AbstractFingerprint?[] Fingerprints)
{
    public static DumpMatchKeys Of(ParsedDump dump)
    {
        var records = dump.Records;
        var keys = new DumpMatchKeys(new string[records.Length], new AbstractFingerprint?[records.Length]);
        for (var record = 0; record < records.Length; record++)
        {
            keys.TitleKeys[record] = TitleKey.Of(records[record].Title ?? "");
            keys.Fingerprints[record] = HasAbstract(records[record]) ? AbstractFingerprint.Of(records[record].Abstract!) : null;
        }

        return keys;
    }

    public static bool HasAbstract(RawRecord record) => !string.IsNullOrWhiteSpace(record.Abstract);
}
