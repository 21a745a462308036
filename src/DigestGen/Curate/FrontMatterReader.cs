using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DigestGen.Ingest;
using DigestGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Curate;

/// <summary>
/// Splits an override file into YAML front matter between two <c>---</c> lines and the markdown note below, and
/// turns every way that can go wrong into a diagnostic with the file line.
/// </summary>
internal static partial class FrontMatterReader
{
    private const string Fence = "---";
    private const string ExampleHint = "an override starts with settings between two '---' lines, e.g. '---', 'paper: <id>', 'pin: true', '---'";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (OverrideDocument? Document, ImmutableArray<Diagnostic> Problems) Read(InputFile file)
    {
        if (file.Bytes is null)
        {
            return Fail(file.Path, 0, DiagnosticCodes.OverrideUnreadable, $"could not read this override: {file.ReadError}", "check the file's permissions");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(file.Bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(file.Path, 0, DiagnosticCodes.OverrideUnreadable, "this override is not UTF-8 text", "save it as UTF-8 (plain text) in your editor");
        }

        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            return Fail(file.Path, 1, DiagnosticCodes.OverrideBrokenSettings, "the file does not start with a '---' line", ExampleHint);
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (closing < 0)
        {
            return Fail(file.Path, 1, DiagnosticCodes.OverrideBrokenSettings, "the settings opened by '---' on line 1 are never closed", "add a line with just '---' after the last setting");
        }

        const int settingsFirstLine = 2;
        var yaml = string.Join('\n', lines[1..closing]);
        YamlMappingNode settings;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
            if (root is not YamlMappingNode mapping)
            {
                var line = settingsFirstLine + (int)root.Start.Line - 1;
                return Fail(file.Path, line, DiagnosticCodes.OverrideBrokenSettings, "the settings are not 'key: value' lines", ExampleHint);
            }

            settings = mapping;
        }
        catch (YamlException e)
        {
            // An unclosed bracket or quote is found at the end of the settings: point at the last setting, not the fence.
            var line = Math.Min(settingsFirstLine + (int)e.Start.Line - 1, Math.Max(settingsFirstLine, closing));
            return Fail(file.Path, line, DiagnosticCodes.OverrideBrokenSettings, $"this setting is not valid YAML: {WithoutPosition(e.Message)}",
                "write 'key: value' with a space after the colon, and put a value in double quotes when it contains ': ' or ' #' or starts with a quote or bracket");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way (no position) on brackets nested hundreds deep.
            var line = Array.FindIndex(lines, 1, closing - 1, text => text.Contains("[[[", StringComparison.Ordinal) || text.Contains("{{{", StringComparison.Ordinal));
            return Fail(file.Path, line < 0 ? settingsFirstLine : line + 1, DiagnosticCodes.OverrideBrokenSettings, "the settings are nested too deeply to read",
                "a setting is one value or a flat list like [a, b]; put a value in double quotes when it starts with a bracket");
        }

        var noteStart = Array.FindIndex(lines, closing + 1, line => line.Trim().Length > 0);
        var note = noteStart < 0 ? null : string.Join('\n', lines[noteStart..]).TrimEnd();
        var document = new OverrideDocument(file.Path, settings, settingsFirstLine, note, noteStart < 0 ? 0 : noteStart + 1);
        return (document, []);
    }

    private static (OverrideDocument?, ImmutableArray<Diagnostic>) Fail(string file, int line, string code, string message, string hint) =>
        (null, [CurateProblem.At(file, line, code, message, hint)]);

    /// <summary>YamlDotNet prefixes "(Line: 2, Col: 5, Idx: 9) - (…): "; its lines count from the front matter, so drop them.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, "").TrimEnd('.').Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
