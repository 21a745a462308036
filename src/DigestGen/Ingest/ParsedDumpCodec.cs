using System.Collections.Immutable;
using System.Text;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Ingest;

/// <summary>
/// A parsed dump as <see cref="ParsedDumpCache"/> keeps it: length-prefixed UTF-8 fields in a fixed order, read back
/// without a JSON reader. At 100,000 papers a nightly build read 2,338 entries back as JSON in 4.9 CPU-s, nearly all
/// of it in the JSON reader (docs/bench.md, "Incremental nightly builds"). Every field of the records is written:
/// tests/…/Ingest/ParsedDumpCodecTests names them, so a field added to the model fails there until it is added here.
/// </summary>
internal static class ParsedDumpCodec
{
    private const string Format = "digestgen-ingest/3";

    private const byte Absent = byte.MaxValue;

    /// <param name="yearless">The dump's dates without a year and the day they were read on, else null: good for any day.</param>
    public static byte[] Write(ParsedDump dump, YearlessDates? yearless)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            WriteYearless(writer, yearless);
            writer.Write(dump.File);
            WriteShape(writer, dump.Shape);
            WriteProfile(writer, dump.Profile);
            writer.Write(dump.Records.Length);
            foreach (var record in dump.Records)
            {
                WriteRecord(writer, record, dump.File);
            }

            writer.Write(dump.Diagnostics.Length);
            foreach (var diagnostic in dump.Diagnostics)
            {
                writer.Write((byte)diagnostic.Severity);
                writer.Write(diagnostic.Code);
                writer.Write(diagnostic.File);
                writer.Write(diagnostic.Line);
                writer.Write(diagnostic.Message);
                WriteText(writer, diagnostic.Hint);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The dump and its dates without a year as written, or null when the bytes are not a whole entry of this format.</summary>
    public static (ParsedDump Dump, YearlessDates? Yearless)? Read(ArraySegment<byte> bytes)
    {
        using var reader = new CacheEntryReader(bytes);
        try
        {
            if (reader.ReadString() != Format)
            {
                return null;
            }

            var yearless = ReadYearless(reader);
            var file = reader.ReadString();
            var shape = ReadShape(reader);
            var profile = ReadProfile(reader);
            var records = ImmutableArray.CreateBuilder<RawRecord>(ReadCount(reader));
            for (var record = 0; record < records.Capacity; record++)
            {
                records.Add(ReadRecord(reader, file));
            }

            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(ReadCount(reader));
            for (var diagnostic = 0; diagnostic < diagnostics.Capacity; diagnostic++)
            {
                diagnostics.Add(new Diagnostic((Severity)reader.ReadByte(), reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadString(), ReadText(reader)));
            }

            // A whole entry ends exactly where its last field does.
            return reader.BaseStream.Position == bytes.Count
                ? (new ParsedDump(file, shape, profile, records.MoveToImmutable(), diagnostics.MoveToImmutable()), yearless)
                : null;
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteRecord(BinaryWriter writer, RawRecord record, string dumpFile)
    {
        // Records state their own dump's file: written once per dump, not once per record.
        var ownFile = record.Source.File == dumpFile;
        writer.Write(ownFile);
        if (!ownFile)
        {
            writer.Write(record.Source.File);
        }

        WriteShape(writer, record.Source.Shape);
        writer.Write(record.Source.Line);
        WriteText(writer, record.Title);
        writer.Write(record.AlternativeReadings.Length);
        foreach (var reading in record.AlternativeReadings)
        {
            writer.Write(reading.Title);
            WriteText(writer, reading.Venue);
            writer.Write(reading.Authors is not null);
            if (reading.Authors is { } authors)
            {
                WriteTexts(writer, authors);
            }
        }

        WriteTexts(writer, record.Authors);
        writer.Write(record.AuthorsTruncated);
        WriteText(writer, record.Abstract);
        WriteNumber(writer, record.Date?.DayNumber);
        WriteText(writer, record.Category);
        WriteText(writer, record.Venue);
        WriteText(writer, record.VenueNote);
        WriteNumber(writer, record.Year);
        writer.Write(record.Score is not null);
        if (record.Score is { } score)
        {
            writer.Write(score);
        }

        writer.Write(record.HasCode switch { null => Absent, true => (byte)1, false => (byte)0 });
        WriteText(writer, record.Org);
        WriteNumber(writer, record.TrendingRank);
    }

    private static RawRecord ReadRecord(BinaryReader reader, string dumpFile)
    {
        var file = reader.ReadBoolean() ? dumpFile : reader.ReadString();
        var source = new SourceRef(file, ReadShape(reader) ?? throw new FormatException("a record without a shape"), reader.ReadInt32());
        var title = ReadText(reader);
        var readings = ImmutableArray.CreateBuilder<TitleReading>(ReadCount(reader));
        for (var reading = 0; reading < readings.Capacity; reading++)
        {
            readings.Add(new TitleReading(reader.ReadString(), ReadText(reader), reader.ReadBoolean() ? ReadTexts(reader) : null));
        }

        return new RawRecord
        {
            Source = source,
            Title = title,
            AlternativeReadings = readings.MoveToImmutable(),
            Authors = ReadTexts(reader),
            AuthorsTruncated = reader.ReadBoolean(),
            Abstract = ReadText(reader),
            Date = ReadNumber(reader) is { } day ? DateOnly.FromDayNumber(day) : null,
            Category = ReadText(reader),
            Venue = ReadText(reader),
            VenueNote = ReadText(reader),
            Year = ReadNumber(reader),
            Score = reader.ReadBoolean() ? reader.ReadDouble() : null,
            HasCode = reader.ReadByte() switch { Absent => null, 1 => true, 0 => false, _ => throw new FormatException("a code flag that is neither") },
            Org = ReadText(reader),
            TrendingRank = ReadNumber(reader),
        };
    }

    private static void WriteYearless(BinaryWriter writer, YearlessDates? yearless)
    {
        writer.Write(yearless is not null);
        if (yearless is not null)
        {
            writer.Write(yearless.ReadOn.DayNumber);
            writer.Write(yearless.Days.Length);
            foreach (var date in yearless.Days)
            {
                writer.Write((byte)date.Month);
                writer.Write((byte)date.Day);
            }
        }
    }

    private static YearlessDates? ReadYearless(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var readOn = DateOnly.FromDayNumber(reader.ReadInt32());
        var days = ImmutableArray.CreateBuilder<MonthDay>(ReadCount(reader));
        for (var date = 0; date < days.Capacity; date++)
        {
            var month = reader.ReadByte();
            days.Add(month is >= 1 and <= 12 ? new MonthDay(month, reader.ReadByte()) : throw new FormatException("a month that is none"));
        }

        return new YearlessDates(readOn, days.MoveToImmutable());
    }

    private static void WriteProfile(BinaryWriter writer, ProfileStats? profile)
    {
        writer.Write(profile is not null);
        if (profile is not null)
        {
            writer.Write(profile.Name);
            WriteText(writer, profile.Category);
            WriteNumber(writer, profile.HIndex);
            WriteNumber(writer, profile.PaperCount);
            WriteNumber(writer, profile.Citations);
            WriteNumber(writer, profile.NoveltyPercent);
            WriteNumber(writer, profile.AiScore);
        }
    }

    private static ProfileStats? ReadProfile(BinaryReader reader) =>
        reader.ReadBoolean()
            ? new ProfileStats(reader.ReadString(), ReadText(reader), ReadNumber(reader), ReadNumber(reader), ReadNumber(reader), ReadNumber(reader), ReadNumber(reader))
            : null;

    private static void WriteShape(BinaryWriter writer, DumpShape? shape) => writer.Write(shape is { } known ? (byte)known : Absent);

    private static DumpShape? ReadShape(BinaryReader reader) =>
        reader.ReadByte() switch
        {
            Absent => null,
            var known when Enum.IsDefined((DumpShape)known) => (DumpShape)known,
            _ => throw new FormatException("an unknown dump shape"),
        };

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteTexts(BinaryWriter writer, ImmutableArray<string> texts)
    {
        writer.Write(texts.Length);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }

    private static ImmutableArray<string> ReadTexts(BinaryReader reader)
    {
        var texts = ImmutableArray.CreateBuilder<string>(ReadCount(reader));
        for (var text = 0; text < texts.Capacity; text++)
        {
            texts.Add(reader.ReadString());
        }

        return texts.MoveToImmutable();
    }

    /// <summary>A count of items, each at least a byte long: a damaged count cannot ask for more than the entry holds.</summary>
    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("a count beyond the entry");
    }

    private static void WriteNumber(BinaryWriter writer, int? number)
    {
        writer.Write(number is not null);
        if (number is { } value)
        {
            writer.Write(value);
        }
    }

    private static int? ReadNumber(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;
}
