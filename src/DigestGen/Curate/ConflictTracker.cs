using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Remembers which file set what on each paper and topic. A later file (by name) that says otherwise, or that
/// would leave a paper both pinned and hidden, is a conflict: the first file wins and the later one is skipped.
/// </summary>
internal sealed class ConflictTracker
{
    private const string Hint = "the first file by name wins and this file is skipped; change or delete one of the two";
    private readonly Dictionary<(string Target, string Key), Stated> stated = [];

    public Diagnostic? Check<T>(string target, string file, IReadOnlyList<Setting<T>> settings)
    {
        foreach (var setting in settings.Where(setting => !setting.Accumulates))
        {
            if (stated.TryGetValue((target, setting.Key), out var earlier) && earlier.Value != setting.Value)
            {
                var message = setting.Key == OverrideKeys.Note
                    ? $"this note replaces the note already written {Where(earlier, file)}"
                    : $"'{setting}' contradicts '{earlier.Setting}' {Where(earlier, file)}";
                return CurateProblem.At(file, setting.Line, DiagnosticCodes.OverrideConflict, message,
                    setting.Key == OverrideKeys.Note ? "a paper has one note: put both texts in one file" : Hint);
            }
        }

        return PinnedAndHidden(target, file, settings);
    }

    public void Record<T>(string target, string file, IReadOnlyList<Setting<T>> settings)
    {
        foreach (var setting in settings.Where(setting => !setting.Accumulates))
        {
            stated.TryAdd((target, setting.Key), new Stated(setting.ToString(), setting.Value, file, setting.Line));
        }
    }

    private Diagnostic? PinnedAndHidden<T>(string target, string file, IReadOnlyList<Setting<T>> settings)
    {
        var pin = Effective(target, file, settings, OverrideKeys.Pin);
        var hide = Effective(target, file, settings, OverrideKeys.Hide);
        if (pin is not { Value: "true" } || hide is not { Value: "true" })
        {
            return null;
        }

        var (later, earlier) = hide.File == file && (pin.File != file || hide.Line > pin.Line) ? (hide, pin) : (pin, hide);
        return CurateProblem.At(file, later.Line, DiagnosticCodes.OverrideConflict,
            $"'{later.Setting}' contradicts '{earlier.Setting}' {Where(earlier, file)}: a hidden paper cannot be an editor's pick", Hint);
    }

    /// <summary>What this file says about a key, or else what an earlier file said.</summary>
    private Stated? Effective<T>(string target, string file, IReadOnlyList<Setting<T>> settings, string key) =>
        settings.FirstOrDefault(setting => setting.Key == key) is { } own
            ? new Stated(own.ToString(), own.Value, file, own.Line)
            : stated.GetValueOrDefault((target, key));

    private static string Where(Stated earlier, string file) =>
        earlier.File == file ? $"on line {earlier.Line}" : $"in {earlier.File}({earlier.Line})";

    private sealed record Stated(string Setting, string Value, string File, int Line);
}
