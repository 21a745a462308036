using System.Collections.Immutable;
using System.Globalization;
using DigestGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Curate;

/// <summary>
/// Reads typed values out of one override's YAML nodes. A value of the wrong type becomes a DG0404 problem that
/// says what was expected, with an example, and the reader returns null.
/// </summary>
/// <param name="lineOf">The file line of a node, so a bad item of a block list is reported on its own line.</param>
internal sealed class SettingValues(string file, Func<YamlNode, int> lineOf, List<Diagnostic> problems)
{
    public string? Text(string key, YamlNode node, int line)
    {
        if (node is not YamlScalarNode scalar)
        {
            return Wrong(line, $"'{key}' must be a single value, not a {Describe(node)}", $"write it on one line, e.g. '{key}: {ExampleOf(key)}'");
        }

        var text = string.Join(' ', (scalar.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return IsEmpty(scalar, text)
            ? Wrong(line, $"'{key}' has no value", $"write the value after the colon, e.g. '{key}: {ExampleOf(key)}', or delete the line")
            : text;
    }

    public bool? Flag(string key, YamlNode node, int line)
    {
        var text = Text(key, node, line);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => WrongFlag(key, line, text),
        };
    }

    public DateOnly? Date(string key, YamlNode node, int line)
    {
        var text = Text(key, node, line);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Wrong(line, $"'{key}' must be a date like 2023-01-30, not '{text}'", "write the date as year-month-day with dashes");
        return null;
    }

    public string? WebAddress(string key, YamlNode node, int line)
    {
        var text = Text(key, node, line);
        if (text is null)
        {
            return null;
        }

        return UrlPolicy.WebAddress(text)
            ?? Wrong(line, $"'{key}' must be a web address starting with https://, not '{text}'", $"copy the address from the browser, e.g. '{key}: {ExampleOf(key)}'");
    }

    /// <summary>A YAML list of names. With <paramref name="commasSeparate"/>, one line "a, b" is read as a list too.</summary>
    public ImmutableArray<string>? List(string key, YamlNode node, int line, bool commasSeparate)
    {
        var items = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(child => Item(key, child, Math.Max(line, lineOf(child)))).ToList(),
            YamlScalarNode when commasSeparate => Text(key, node, line)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Cast<string?>().ToList(),
            _ => null,
        };
        if (items is null)
        {
            Wrong(line, $"'{key}' must be a list, not a {Describe(node)}", $"write '{key}: [{ExampleOf(key)}]', or put each one on its own line starting with '- ' below '{key}:'");
            return null;
        }

        if (items.Count == 0)
        {
            Wrong(line, $"'{key}' is an empty list", $"name at least one, e.g. '{key}: [{ExampleOf(key)}]', or delete the line");
            return null;
        }

        return items.Contains(null) ? null : [.. items.Cast<string>()];
    }

    private string? Item(string key, YamlNode node, int line) => node is YamlScalarNode
        ? Text(key, node, line)
        : Wrong(line, $"each entry of '{key}' must be a single value, not a {Describe(node)}", $"write one a line, e.g. '  - {ExampleOf(key).Split(',')[0]}'");

    private static bool IsEmpty(YamlScalarNode scalar, string text) =>
        text.Length == 0 || (scalar.Style == ScalarStyle.Plain && text is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of settings",
        _ => "single value",
    };

    private static string ExampleOf(string key) => key switch
    {
        OverrideKeys.Paper => "alternating-updates-for-efficient-transformers",
        OverrideKeys.Title or OverrideKeys.NewTitle => "Alternating Updates for Efficient Transformers",
        OverrideKeys.Authors => "Cenk Baykal, Dylan Cutler",
        OverrideKeys.Date => "2023-01-30",
        OverrideKeys.Venue => "NeurIPS 2023",
        OverrideKeys.Code => "https://github.com/owner/repository",
        OverrideKeys.Topic => "efficient-transformers",
        OverrideKeys.Tags => "moe, efficiency",
        OverrideKeys.Label => "Efficient transformers",
        OverrideKeys.Description => "Making transformers cheaper to train and run.",
        _ => "true",
    };

    private bool? WrongFlag(string key, int line, string text)
    {
        Wrong(line, $"'{key}' must be true or false, not '{text}'", $"write '{key}: true' or '{key}: false'");
        return null;
    }

    private string? Wrong(int line, string message, string hint)
    {
        problems.Add(CurateProblem.At(file, line, DiagnosticCodes.OverrideWrongValue, message, hint));
        return null;
    }
}
