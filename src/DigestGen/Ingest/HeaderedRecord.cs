using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>A record block of a profile page or paper feed with its header read: the parsers' shared first step.</summary>
internal readonly record struct HeaderedRecord(RecordBlock Block, RecordHeader Header, bool AtEnd)
{
    /// <summary>
    /// Reads each block's header, reporting a date that is no date; a header with nothing after it is reported and
    /// skipped (at the end of the file it is what is left of a cut-off record).
    /// </summary>
    public static IEnumerable<HeaderedRecord> ReadAll(ImmutableArray<RecordBlock> blocks, DateOnly asOf, DumpProblems problems)
    {
        for (var index = 0; index < blocks.Length; index++)
        {
            var block = blocks[index];
            var atEnd = index == blocks.Length - 1;
            var header = RecordHeader.TryParse(block.Start.Text, asOf)
                ?? throw new ArgumentException("block does not open with a record header: " + block.Start.Text, nameof(blocks));
            if (header.Date is null)
            {
                problems.Warn(DiagnosticCodes.BadDate, block.Start.Number, $"\"{block.Start.Text}\" has no valid date; the record is kept without one",
                    "fix the month or day (e.g. \"LGFeb 28, 2024\")");
            }

            if (block.Body.IsEmpty)
            {
                problems.HeaderWithoutRecord(block.Start.Number, atEnd);
                continue;
            }

            yield return new HeaderedRecord(block, header, atEnd);
        }
    }
}
