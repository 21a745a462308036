using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// A dump decoded to text: its non-blank lines, trimmed and with runs of whitespace collapsed to one space, each
/// keeping its line number in the file. Blank lines carry no meaning in any shape, so parsers never see them.
/// </summary>
internal sealed partial record DumpText(string File, ImmutableArray<DumpLine> Lines)
{
    public static DumpText FromString(string file, string content)
    {
        // CRLF, lone CR and LF all end a line; numbering follows the file as an editor shows it.
        var rawLines = LineBreak().Split(content);
        var lines = ImmutableArray.CreateBuilder<DumpLine>();
        for (var index = 0; index < rawLines.Length; index++)
        {
            var raw = rawLines[index];
            var tidy = IsTidy(raw) ? raw : Whitespace().Replace(raw, " ").Trim();
            if (tidy.Length > 0)
            {
                lines.Add(new DumpLine(index + 1, tidy));
            }
        }

        return new DumpText(file, lines.ToImmutable());
    }

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
