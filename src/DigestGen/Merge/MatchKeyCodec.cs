using System.Runtime.InteropServices;
using System.Text;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Merge;

/// <summary>
/// A dump's <see cref="DumpMatchKeys"/> as <see cref="MatchKeyCache"/> keeps them: per record its title key, then its
/// abstract's trigram hashes as they lie in memory (the cache is this machine's: a foreign or damaged entry fails
/// the checks below and is made again).
/// </summary>
internal static class MatchKeyCodec
{
    private const string Format = "digestgen-match-keys/1";

    public static byte[] Write(DumpMatchKeys keys)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(keys.TitleKeys.Length);
            for (var record = 0; record < keys.TitleKeys.Length; record++)
            {
                writer.Write(keys.TitleKeys[record]);
                var shingles = keys.Fingerprints[record] is { } fingerprint ? fingerprint.Shingles : [];
                writer.Write(keys.Fingerprints[record] is not null);
                writer.Write(shingles.Length);
                writer.Write(MemoryMarshal.AsBytes(shingles));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// The keys of <paramref name="dump"/>'s records as written, or null when the bytes are not a whole entry of this
    /// format for as many records, with a fingerprint exactly where a record has an abstract.
    /// </summary>
    public static DumpMatchKeys? Read(ArraySegment<byte> bytes, ParsedDump dump)
    {
        using var reader = new CacheEntryReader(bytes);
        try
        {
            if (reader.ReadString() != Format || reader.ReadInt32() != dump.Records.Length)
            {
                return null;
            }

            var keys = new DumpMatchKeys(new string[dump.Records.Length], new AbstractFingerprint?[dump.Records.Length]);
            for (var record = 0; record < dump.Records.Length; record++)
            {
                keys.TitleKeys[record] = reader.ReadString();
                var hasFingerprint = reader.ReadBoolean();
                var count = reader.ReadInt32();
                if (hasFingerprint != DumpMatchKeys.HasAbstract(dump.Records[record]) || count < 0 || (!hasFingerprint && count > 0) || count > (reader.BaseStream.Length - reader.BaseStream.Position) / sizeof(ulong))
                {
                    return null;
                }

                var shingles = new ulong[count];
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(shingles.AsSpan()));
                keys.Fingerprints[record] = hasFingerprint ? AbstractFingerprint.Made(dump.Records[record].Abstract!, shingles) : null;
            }

            // A whole entry ends exactly where its last field does.
            return reader.BaseStream.Position == bytes.Count ? keys : null;
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }
}
