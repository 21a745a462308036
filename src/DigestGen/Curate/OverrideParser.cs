using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigestGen.Model;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Curate;

/// <summary>
/// Turns the settings of one override file into a <see cref="PaperOverride"/> or <see cref="TopicOverride"/>.
/// Every problem in the file is reported, not just the first, so an editor can fix them in one go; a file with
/// any problem yields no override.
/// </summary>
internal static partial class OverrideParser
{
    private const string TargetHint = "add 'paper: <id>' with the id from the paper page's address, or 'title: \"<the paper's title>\"'";

    public static (ParsedOverride? Override, ImmutableArray<Diagnostic> Problems) Parse(OverrideDocument document)
    {
        var problems = new List<Diagnostic>();
        var entries = ReadEntries(document, problems);
        var keys = entries.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
        var isPaper = keys.Contains(OverrideKeys.Paper) || keys.Contains(OverrideKeys.Title);
        var isAuthor = !isPaper && keys.Contains(OverrideKeys.Author);
        var isTopic = !isPaper && !isAuthor && keys.Contains(OverrideKeys.Topic);

        foreach (var entry in entries)
        {
            if (!CheckAuthorKey(document.File, entry, isPaper, isAuthor, problems))
            {
                CheckKey(document.File, entry, isPaper, isTopic, problems);
            }
        }

        if (!isPaper && !isTopic && !isAuthor)
        {
            problems.Add(CurateProblem.At(document.File, entries.FirstOrDefault()?.Line ?? 1, DiagnosticCodes.OverrideMissingTarget,
                "this override does not say which paper or topic it changes", TargetHint + ", or 'topic: <id>' to change a topic"));
        }

        CheckNoteForStraySettings(document, problems);
        var values = new SettingValues(document.File, document.LineOf, problems);
        ParsedOverride? parsed = isPaper ? ReadPaperOverride(document, entries, values)
            : isTopic ? ReadTopicOverride(document, entries, values, problems)
            : isAuthor ? ReadAuthorOverride(document, entries, values, problems)
            : null;
        return problems.Count == 0 ? (parsed, []) : (null, [.. problems]);
    }

    private static List<Entry> ReadEntries(OverrideDocument document, List<Diagnostic> problems)
    {
        var entries = new List<Entry>();
        foreach (var (keyNode, valueNode) in document.Settings.Children)
        {
            var line = document.LineOf(keyNode);
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } raw })
            {
                problems.Add(CurateProblem.At(document.File, line, DiagnosticCodes.OverrideBrokenSettings, "this line has no setting name before the colon", "write 'key: value', e.g. 'pin: true'"));
                continue;
            }

            var key = OverrideKeys.Normalise(raw);
            if (entries.FirstOrDefault(entry => entry.Key == key) is { } earlier)
            {
                problems.Add(CurateProblem.At(document.File, line, DiagnosticCodes.OverrideBrokenSettings, $"'{key}' is set twice in this file (first on line {earlier.Line})", "keep one of the two lines"));
                continue;
            }

            entries.Add(new Entry(key, raw, valueNode, line));
        }

        return entries;
    }

    /// <summary>Reports a key that belongs to the other kind of file, author or not; false when the key is for <see cref="CheckKey"/> to judge.</summary>
    private static bool CheckAuthorKey(string file, Entry entry, bool isPaper, bool isAuthor, List<Diagnostic> problems)
    {
        var authorKey = OverrideKeys.AuthorKeys.Contains(entry.Key);
        if (isAuthor && !authorKey)
        {
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideUnknownKey,
                $"'{entry.RawKey}' does not belong in an author override", "an author override holds 'author:', 'same-as:' and 'not-same-as:' only; change papers and topics in files of their own"));
        }
        else if (!isAuthor && entry.Key == OverrideKeys.Author && isPaper)
        {
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideUnknownKey,
                "'author' picks an author to join or split, not a paper's author list", "write 'authors:' to replace the paper's author list"));
        }
        else if (!isAuthor && authorKey)
        {
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideMissingTarget,
                $"'{entry.Key}' joins or splits authors, but this file names no author", "add 'author: <author id or name>' and keep papers and topics in files of their own"));
        }

        return isAuthor || authorKey;
    }

    private static void CheckKey(string file, Entry entry, bool isPaper, bool isTopic, List<Diagnostic> problems)
    {
        var paperOnly = OverrideKeys.PaperKeys.Contains(entry.Key) && !OverrideKeys.TopicKeys.Contains(entry.Key);
        var topicOnly = OverrideKeys.TopicKeys.Contains(entry.Key) && !OverrideKeys.PaperKeys.Contains(entry.Key);
        if (isTopic && paperOnly)
        {
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideMissingTarget,
                $"'{entry.Key}' changes a paper, but this file names no paper", $"{TargetHint} to change a paper and move it into the topic"));
        }
        else if (isPaper && topicOnly)
        {
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideUnknownKey,
                $"'{entry.Key}' changes a topic, not a paper", $"write a separate file with 'topic: <id>' and '{entry.Key}: …' to change the topic"));
        }
        else if (!OverrideKeys.PaperKeys.Contains(entry.Key) && !OverrideKeys.TopicKeys.Contains(entry.Key))
        {
            var hint = OverrideKeys.MeansNote(entry.Key)
                ? "write the note as plain text below the closing '---' line"
                : OverrideKeys.Suggest(entry.Key) is { Count: > 0 } suggestions
                    ? $"did you mean {CurateProblem.Either(suggestions)}?"
                    : $"the settings are {CurateProblem.Either([.. OverrideKeys.PaperKeys.Order(StringComparer.Ordinal)])}; for a topic: {CurateProblem.Either([.. OverrideKeys.TopicKeys.Order(StringComparer.Ordinal)])}";
            problems.Add(CurateProblem.At(file, entry.Line, DiagnosticCodes.OverrideUnknownKey, $"unknown setting '{entry.RawKey}'", hint));
        }
    }

    /// <summary>A "pin: true" line just below the closing '---' was meant as a setting, not as the note.</summary>
    private static void CheckNoteForStraySettings(OverrideDocument document, List<Diagnostic> problems)
    {
        if (document.Note is null || SettingLine().Match(document.Note) is not { Success: true } match)
        {
            return;
        }

        var key = OverrideKeys.Normalise(match.Groups["key"].Value);
        if (OverrideKeys.PaperKeys.Contains(key) || OverrideKeys.TopicKeys.Contains(key))
        {
            problems.Add(CurateProblem.At(document.File, document.NoteFirstLine, DiagnosticCodes.OverrideSettingInNote,
                $"'{match.Value.Trim()}' is below the closing '---', so it would be shown as the note instead of changing anything",
                "move the line above the closing '---'"));
        }
    }

    private static PaperOverride? ReadPaperOverride(OverrideDocument document, List<Entry> entries, SettingValues values)
    {
        Located? byId = null, byTitle = null, moveTo = null;
        var settings = ImmutableArray.CreateBuilder<Setting<PaperCuration>>();
        foreach (var (key, _, node, line) in entries)
        {
            switch (key)
            {
                case OverrideKeys.Paper:
                    byId = Locate(values.Text(key, node, line), line);
                    break;
                case OverrideKeys.Title:
                    byTitle = Locate(values.Text(key, node, line), line);
                    break;
                case OverrideKeys.NewTitle when values.Text(key, node, line) is { } title:
                    settings.Add(new(key, line, title, curation => curation with { Title = title }));
                    break;
                case OverrideKeys.Authors when values.List(key, node, line, commasSeparate: false) is { } authors:
                    settings.Add(new(key, line, string.Join("; ", authors), curation => curation with { Authors = authors }));
                    break;
                case OverrideKeys.Date when values.Date(key, node, line) is { } date:
                    settings.Add(new(key, line, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), curation => curation with { Date = date }));
                    break;
                case OverrideKeys.Venue when values.Text(key, node, line) is { } venue:
                    settings.Add(new(key, line, venue, curation => curation with { Venue = venue }));
                    break;
                case OverrideKeys.Code when values.WebAddress(key, node, line) is { } url:
                    settings.Add(new(key, line, url, curation => curation with { CodeUrl = url }));
                    break;
                case OverrideKeys.Topic when values.Text(key, node, line) is { } topic:
                    moveTo = new Located(topic, line);
                    settings.Add(new(key, line, topic, curation => curation with { TopicId = topic }));
                    break;
                case OverrideKeys.Tags when values.List(key, node, line, commasSeparate: true) is { } tags:
                    settings.Add(new(key, line, string.Join(", ", tags), curation => curation with { Tags = AddTags(curation.Tags, tags) }));
                    break;
                case OverrideKeys.Pin when values.Flag(key, node, line) is { } pin:
                    settings.Add(new(key, line, Lower(pin), curation => curation with { Pinned = pin }));
                    break;
                case OverrideKeys.Hide when values.Flag(key, node, line) is { } hide:
                    settings.Add(new(key, line, Lower(hide), curation => curation with { Hidden = hide }));
                    break;
            }
        }

        if (document.Note is { } note)
        {
            var source = new TextSource(document.File, document.NoteFirstLine);
            settings.Add(new(OverrideKeys.Note, document.NoteFirstLine, note, curation => curation with { EditorNote = note, EditorNoteSource = source }));
        }

        return byId is null && byTitle is null ? null : new PaperOverride(document.File, byId, byTitle, moveTo, settings.ToImmutable());
    }

    private static TopicOverride? ReadTopicOverride(OverrideDocument document, List<Entry> entries, SettingValues values, List<Diagnostic> problems)
    {
        Located? topicId = null;
        var settings = ImmutableArray.CreateBuilder<Setting<Topic>>();
        foreach (var (key, _, node, line) in entries)
        {
            switch (key)
            {
                case OverrideKeys.Topic:
                    topicId = Locate(values.Text(key, node, line), line);
                    break;
                case OverrideKeys.Label when values.Text(key, node, line) is { } label:
                    settings.Add(new(key, line, label, topic => topic with { Label = label }));
                    break;
                case OverrideKeys.Description when values.Text(key, node, line) is { } description:
                    settings.Add(new(key, line, description, topic => topic with { Description = description }));
                    break;
                case OverrideKeys.Hide when values.Flag(key, node, line) is { } hide:
                    settings.Add(new(key, line, Lower(hide), topic => topic with { Hidden = hide }));
                    break;
            }
        }

        if (document.Note is { } note)
        {
            if (settings.Any(setting => setting.Key == OverrideKeys.Description))
            {
                problems.Add(CurateProblem.At(document.File, document.NoteFirstLine, DiagnosticCodes.OverrideWrongValue,
                    "this topic has a 'description:' setting and a description below the settings", "keep one of the two"));
            }

            settings.Add(new(OverrideKeys.Description, document.NoteFirstLine, note, topic => topic with { Description = note }));
        }

        return topicId is null ? null : new TopicOverride(document.File, topicId, settings.ToImmutable());
    }

    private static AuthorOverride? ReadAuthorOverride(OverrideDocument document, List<Entry> entries, SettingValues values, List<Diagnostic> problems)
    {
        Located? author = null, sameAs = null, notSameAs = null;
        foreach (var (key, _, node, line) in entries)
        {
            var value = Locate(values.Text(key, node, line), line);
            switch (key)
            {
                case OverrideKeys.Author:
                    author = value;
                    break;
                case OverrideKeys.SameAs:
                    sameAs = value;
                    break;
                case OverrideKeys.NotSameAs:
                    notSameAs = value;
                    break;
            }
        }

        if (!entries.Any(entry => entry.Key is OverrideKeys.SameAs or OverrideKeys.NotSameAs))
        {
            problems.Add(CurateProblem.At(document.File, author?.Line ?? 1, DiagnosticCodes.OverrideWrongValue,
                "this author override neither joins nor splits anyone", "add 'same-as: <author id or name>' to join two authors, or 'not-same-as: <spelling>' to split one off"));
        }

        if (document.Note is not null)
        {
            problems.Add(CurateProblem.At(document.File, document.NoteFirstLine, DiagnosticCodes.OverrideWrongValue,
                "an author override has no note to show", "remove the text below the closing '---', or keep it as a comment line starting with '#' in the settings"));
        }

        return author is null ? null : new AuthorOverride(document.File, author, sameAs, notSameAs);
    }

    private static Located? Locate(string? value, int line) => value is null ? null : new Located(value, line);

    private static string Lower(bool value) => value ? "true" : "false";

    /// <summary>Adds tags after the ones already there, skipping any already present in another case.</summary>
    private static ImmutableArray<string> AddTags(ImmutableArray<string> existing, ImmutableArray<string> added) =>
        [.. existing.Concat(added).DistinctBy(tag => tag.ToLowerInvariant())];

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z_ -]*):(\s|$)[^\n]*")]
    private static partial Regex SettingLine();

    private sealed record Entry(string Key, string RawKey, YamlNode Value, int Line);
}
