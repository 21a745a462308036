using System.Text.RegularExpressions;
using DigestGen.Output;

namespace DigestGen.Cli;

/// <summary>
/// The one exception handler: turns an exception that ended a command into one plain line and an exit code. Faults of
/// the machine (files, disk, a second build) are <see cref="ExitCode.Environment"/>; anything else is a bug,
/// <see cref="ExitCode.InternalError"/>. The stack trace is printed only with DIGESTGEN_DEBUG=1.
/// </summary>
public static partial class Failure
{
    public const string DebugVariable = "DIGESTGEN_DEBUG";

    public static (ExitCode Code, string Message) Describe(Exception exception)
    {
        var cause = Unwrap(exception);
        return cause switch
        {
            OutputLockedException locked => (ExitCode.Environment, $"error: {OneLine(locked.Message)}"),
            IOException or UnauthorizedAccessException => (ExitCode.Environment,
                $"error: {OneLine(cause.Message)} (check that the output and cache folders can be written and the disk has room; nothing was published)"),
            _ => (ExitCode.InternalError,
                $"internal error: {cause.GetType().Name}: {OneLine(cause.Message)} (a bug in DigestGen; nothing was published; run with {DebugVariable}=1 for the stack trace and report it)"),
        };
    }

    public static bool ShowsStackTrace => Environment.GetEnvironmentVariable(DebugVariable) is "1" or "true";

    /// <summary>Parallel stages wrap what failed; an environment fault among the inner exceptions names the cause.</summary>
    private static Exception Unwrap(Exception exception)
    {
        if (exception is not AggregateException aggregate)
        {
            return exception;
        }

        var inner = aggregate.Flatten().InnerExceptions;
        return inner.FirstOrDefault(error => error is IOException or UnauthorizedAccessException) ?? inner.FirstOrDefault() ?? exception;
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
