using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// Ingest stage: turns one input file into the records it states. Never throws for bad input: a file that cannot
/// be read, decoded or recognised comes back with no records and a diagnostic saying why and what to do.
/// </summary>
public static class IngestDumps
{
    public static ParsedDump Parse(InputFile file, DateOnly asOf) => Read(file, asOf).Dump;

    /// <summary>
    /// The dump, and its dates without a year when it has any: such a date is the latest such day not after the
    /// build's day, so the dump may parse differently on another day (<see cref="ParsedDumpCache"/> keeps it for the
    /// days on which it cannot).
    /// </summary>
    internal static (ParsedDump Dump, YearlessDates? Yearless) Read(InputFile file, DateOnly asOf)
    {
        if (file.Bytes is null)
        {
            return (file.OverSizeLimit
                ? Failed(file.Path, DiagnosticCodes.FileTooLarge, file.ReadError ?? "file is too large",
                    $"split it into dumps under {InputReader.MaxDumpBytes / (1024 * 1024)} MB, or remove it from the input folder")
                : Failed(file.Path, DiagnosticCodes.FileUnreadable, $"file could not be read: {file.ReadError}",
                    "check that the file exists and that you may read it, or remove it from the input folder"), null);
        }

        var (content, decodeProblem) = TextDecoder.Decode(file.Path, file.Bytes);
        if (content is null)
        {
            return (new ParsedDump(file.Path, null, null, [], [decodeProblem!]), null);
        }

        var text = DumpText.FromString(file.Path, content);
        if (text.Lines.IsEmpty)
        {
            return (new ParsedDump(file.Path, null, null, [],
            [
                new Diagnostic(Severity.Warning, DiagnosticCodes.EmptyFile, file.Path, 0, "file is empty",
                    "paste a listing into it, or remove it from the input folder"),
            ]), null);
        }

        var shape = ShapeDetector.Detect(text);
        var parsed = shape switch
        {
            DumpShape.ProfilePage => ProfilePageParser.Parse(text, asOf),
            DumpShape.PublicationList => PublicationListParser.Parse(text),
            DumpShape.TrendingList => TrendingListParser.Parse(text),
            DumpShape.AbstractListing => AbstractListingParser.Parse(text),
            DumpShape.PaperFeed => PaperFeedParser.Parse(text, asOf),
            _ => Failed(file.Path, DiagnosticCodes.UnknownShape,
                "file matches none of the five dump shapes (profile, publication list, trending list, abstract listing, paper feed)",
                "check that it is a listing copied whole; \"Input shapes\" in docs/input.md shows each shape"),
        };
        Diagnostic[] found = decodeProblem is null ? [.. text.Problems] : [decodeProblem, .. text.Problems];
        var yearlessDays = shape is DumpShape.ProfilePage or DumpShape.PaperFeed ? RecordHeader.YearlessDays(text.Lines) : [];
        return (found.Length == 0 ? parsed : parsed with { Diagnostics = [.. found, .. parsed.Diagnostics] },
            yearlessDays.IsEmpty ? null : new YearlessDates(asOf, yearlessDays));
    }

    private static ParsedDump Failed(string file, string code, string message, string hint) =>
        new(file, null, null, [], [new Diagnostic(Severity.Error, code, file, 0, message, hint)]);
}
