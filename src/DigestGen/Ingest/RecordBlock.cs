using System.Collections.Immutable;

namespace DigestGen.Ingest;

/// <summary>
/// The lines of one record: the line that opens it and the lines up to the next opener. Shapes whose records
/// start with a recognisable line (a date header, "Abstract:", a "- " entry) are cut into blocks this way.
/// </summary>
internal sealed record RecordBlock(DumpLine Start, ImmutableArray<DumpLine> Body)
{
    /// <summary>Cuts the lines at every opener; the lines before the first opener come back as the preamble.</summary>
    public static (ImmutableArray<DumpLine> Preamble, ImmutableArray<RecordBlock> Blocks) Split(
        ImmutableArray<DumpLine> lines, Func<DumpLine, bool> opensRecord)
    {
        var starts = Enumerable.Range(0, lines.Length).Where(index => opensRecord(lines[index])).ToList();
        if (starts.Count == 0)
        {
            return (lines, []);
        }

        var blocks = starts.Select((start, n) =>
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : lines.Length;
            return new RecordBlock(lines[start], lines[(start + 1)..end]);
        });
        return (lines[..starts[0]], [.. blocks]);
    }
}
