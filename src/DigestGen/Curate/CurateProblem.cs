using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// Every curate problem is a warning: the override file it concerns is skipped as a whole and the build goes on.
/// </summary>
internal static class CurateProblem
{
    public static Diagnostic At(string file, int line, string code, string message, string hint) =>
        new(Severity.Warning, code, file, line, message, hint);

    /// <summary>"'a', 'b' or 'c'" for suggestion lists.</summary>
    public static string Either(IReadOnlyList<string> options) => options.Count switch
    {
        0 => "",
        1 => $"'{options[0]}'",
        _ => string.Join(", ", options.Take(options.Count - 1).Select(option => $"'{option}'")) + $" or '{options[^1]}'",
    };
}
