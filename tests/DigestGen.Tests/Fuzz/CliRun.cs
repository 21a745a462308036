using System.Diagnostics;
using System.Text.RegularExpressions;
using DigestGen.Cli;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Fuzz;

/// <summary>
/// The digestgen tool as a separate process (the apphost built beside the tests), run from the repository root unless
/// told otherwise: what a nightly job sees, including a kill -9 and a second build at the same time.
/// </summary>
internal sealed partial class CliRun : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private CliRun(IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "DigestGen"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Exit codes a script may see: every documented one but the one that means DigestGen has a bug.</summary>
    public static IReadOnlySet<int> ExpectedExitCodes { get; } =
        Enum.GetValues<ExitCode>().Where(code => code != ExitCode.InternalError).Select(code => (int)code).ToHashSet();

    /// <summary>Starts `digestgen build` of the input into the output folder (CPU embeddings, the repository's theme).</summary>
    /// <summary>Starts digestgen with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static CliRun Start(string workingDirectory, params string[] args) => new(args, workingDirectory);

    public static CliRun StartBuild(string input, string output) =>
        new(["build", "--input", input, "--output", output, "--as-of", FuzzSite.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "--theme", RepoPaths.Theme, "--device", "cpu"], RepoPaths.Root);

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Waits for the end (at most 3 minutes) and returns the exit code with everything printed.</summary>
    public (int ExitCode, string Printed) Finish()
    {
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("digestgen build did not finish within 3 minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>SIGKILL, as the OOM killer or a cancelled CI job would: no handler runs.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>What a finished run broke: an exit code outside the documented set, or a stack trace in its output.</summary>
    public static IEnumerable<string> Broken(string name, int exitCode, string printed)
    {
        if (!ExpectedExitCodes.Contains(exitCode))
        {
            yield return $"{name} exited with {exitCode}, not one of {string.Join(", ", ExpectedExitCodes.Order())}:\n{printed}";
        }

        if (StackFrame().IsMatch(printed) || printed.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            yield return $"{name} printed a stack trace:\n{printed}";
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    [GeneratedRegex(@"^\s+at [\w.`<>]+\.[\w<>`]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
