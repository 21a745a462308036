using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Ingest;

/// <summary>
/// A dump decoded to text: its non-blank lines, trimmed and with runs of whitespace collapsed to one space, each
/// keeping its line number in the file. Blank lines carry no meaning in any shape, so parsers never see them.
/// Characters that are not text (<see cref="TextCharacters"/>) are removed first; <see cref="Problems"/> names
/// each line that had any, so one stray byte costs nothing but a warning. UTF-8 text that a scraper read as Latin-1
/// ("GuimarÃ£es") is repaired first where the round trip is unambiguous (<see cref="Mojibake"/>), and named too.
/// </summary>
internal sealed partial record DumpText(string File, ImmutableArray<DumpLine> Lines)
{
    /// <summary>Lines reported one by one; a file with more gets one more warning that counts the rest.</summary>
    private const int ReportedLinesAtMost = 20;

    /// <summary>The lines whose characters were cleaned (DG0112) or repaired (DG0115).</summary>
    public ImmutableArray<Diagnostic> Problems { get; init; } = [];

    public static DumpText FromString(string file, string content)
    {
        // CRLF, lone CR and LF all end a line; numbering follows the file as an editor shows it.
        var rawLines = LineBreak().Split(content);
        var lines = ImmutableArray.CreateBuilder<DumpLine>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var (unclean, misdecoded) = (0, 0);
        for (var index = 0; index < rawLines.Length; index++)
        {
            // Before cleaning: the C1 bytes a Latin-1 reading made are part of what it repairs ("Ä\u008D" is "č").
            var repaired = Mojibake.Repair(rawLines[index], out var example);
            if (example is not null && ++misdecoded <= ReportedLinesAtMost)
            {
                problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.MisdecodedText, file, index + 1,
                    $"line holds UTF-8 text that was read as Latin-1 or Windows-1252 before it was copied ({example}); repaired",
                    "check the repaired names and words on this line; copy the listing again from its source if they look wrong"));
            }

            var raw = TextCharacters.Clean(repaired, out var removed);
            var undecodable = raw.Contains('\uFFFD', StringComparison.Ordinal);
            if ((removed > 0 || undecodable) && ++unclean <= ReportedLinesAtMost)
            {
                problems.Add(UncleanLine(file, index + 1, removed, undecodable));
            }

            var tidy = IsTidy(raw) ? raw : Whitespace().Replace(raw, " ").Trim();
            if (tidy.Length > 0)
            {
                lines.Add(new DumpLine(index + 1, tidy));
            }
        }

        if (unclean > ReportedLinesAtMost)
        {
            problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NotTextCharacters, file, problems.Last(problem => problem.Code == DiagnosticCodes.NotTextCharacters).Line,
                $"{unclean - ReportedLinesAtMost} more lines hold characters that are not text; cleaned the same way",
                "the file is damaged throughout: copy the listing again and save it as UTF-8"));
        }

        if (misdecoded > ReportedLinesAtMost)
        {
            problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.MisdecodedText, file, problems.Last(problem => problem.Code == DiagnosticCodes.MisdecodedText).Line,
                $"{misdecoded - ReportedLinesAtMost} more lines hold UTF-8 text read as Latin-1 or Windows-1252; repaired the same way",
                "the listing was copied through a wrong encoding throughout: copy it again from its source"));
        }

        return new DumpText(file, lines.ToImmutable()) { Problems = problems.ToImmutable() };
    }

    private static Diagnostic UncleanLine(string file, int line, int removed, bool undecodable) =>
        new(Severity.Warning, DiagnosticCodes.NotTextCharacters, file, line,
            (removed > 0, undecodable) switch
            {
                (true, true) => $"line holds bytes that do not decode as text (kept as \uFFFD) and {removed} control or invisible characters (removed)",
                (true, false) => $"line held {removed} control or invisible character{(removed == 1 ? string.Empty : "s")} (NUL, escape, bidi override…); removed",
                _ => "line holds bytes that do not decode as text (broken UTF-8 or UTF-16); each is kept as \uFFFD",
            },
            "the record on this line is kept; check its text, or copy it again from the listing and save the file as UTF-8");

    /// <summary>The lines' texts joined by single spaces: a record's text that wrapped over several lines.</summary>
    public static string Join(IEnumerable<DumpLine> lines) =>
        string.Join(' ', lines.Select(line => line.Text));

    /// <summary>Most lines need no tidying: no space at either end, no whitespace but single spaces.</summary>
    private static bool IsTidy(string line)
    {
        if (line.Length == 0 || line[0] == ' ' || line[^1] == ' ')
        {
            return line.Length == 0;
        }

        for (var index = 0; index < line.Length; index++)
        {
            var c = line[index];
            if ((c == ' ' && line[index - 1] == ' ') || (c != ' ' && (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    // Tabs, no-break spaces and the like; zero-width characters too, which copy-paste from web pages leaves behind.
    [GeneratedRegex(@"[\s\u00A0\u200B\u200C\u200D\u2060\uFEFF]+")]
    private static partial Regex Whitespace();
}
