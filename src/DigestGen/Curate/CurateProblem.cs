using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>
/// A curate problem skips the override file it concerns as a whole, and the build goes on. Most are warnings; an
/// override whose paper or topic is gone is an error (<see cref="MissingTarget"/>): the editor's decision is not
/// carried out, and a hidden paper may be back on the site.
/// </summary>
internal static class CurateProblem
{
    public static Diagnostic At(string file, int line, string code, string message, string hint) =>
        new(Severity.Warning, code, file, line, message, hint);

    public static Diagnostic MissingTarget(string file, int line, string code, string message, string hint) =>
        new(Severity.Error, code, file, line, message, hint);

    /// <summary>"'a', 'b' or 'c'" for suggestion lists.</summary>
    public static string Either(IReadOnlyList<string> options) => options.Count switch
    {
        0 => "",
        1 => $"'{options[0]}'",
        _ => string.Join(", ", options.Take(options.Count - 1).Select(option => $"'{option}'")) + $" or '{options[^1]}'",
    };
}
