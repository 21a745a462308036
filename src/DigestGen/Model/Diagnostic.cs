using System.Text.Json.Serialization;

namespace DigestGen.Model;

[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("error")] Error,
}

/// <summary>
/// A problem found in the input. Bad input is data, not an exception: every stage returns its diagnostics
/// and the build goes on. Printed as <c>file(line): error DG0102: message</c>, with a hint saying what to do.
/// </summary>
/// <param name="Code">Stable code, e.g. DG0102; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line})" : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Hint is null ? $"{where}: {severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message} ({Hint})";
    }
}
