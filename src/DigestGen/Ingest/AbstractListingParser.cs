using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// An arXiv abstract listing: <c>Abstract:</c> blocks and nothing else. The records carry an abstract only;
/// merge attaches each to the paper whose abstract it matches.
/// </summary>
internal static class AbstractListingParser
{
    public const string Marker = "Abstract:";

    public static bool OpensRecord(string line) => line.StartsWith(Marker, StringComparison.OrdinalIgnoreCase);

    public static ParsedDump Parse(DumpText text)
    {
        var problems = new DumpProblems(text.File);
        var (preamble, blocks) = RecordBlock.Split(text.Lines, line => OpensRecord(line.Text));
        foreach (var line in preamble)
        {
            problems.UnrecognisedLine(line, "an \"Abstract:\" block");
        }

        var records = ImmutableArray.CreateBuilder<RawRecord>();
        foreach (var block in blocks)
        {
            var summary = DumpText.Join([block.Start with { Text = block.Start.Text[Marker.Length..].Trim() }, .. block.Body]).Trim();
            if (summary.Length == 0)
            {
                problems.Warn(DiagnosticCodes.RecordWithoutAbstract, block.Start.Number, "\"Abstract:\" with no text after it; skipped",
                    "paste the abstract after \"Abstract:\" or delete the line");
                continue;
            }

            records.Add(new RawRecord
            {
                Source = new SourceRef(text.File, DumpShape.AbstractListing, block.Start.Number),
                Abstract = summary,
            });
        }

        return new ParsedDump(text.File, DumpShape.AbstractListing, null, records.ToImmutable(), problems.ToImmutable());
    }
}
