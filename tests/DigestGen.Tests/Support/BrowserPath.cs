using System.Diagnostics;
using Microsoft.Playwright;

namespace DigestGen.Tests.Support;

/// <summary>
/// The headless browser the browser tests drive: DIGESTGEN_CHROMIUM when set, else Debian's chromium (installed by
/// scripts/bootstrap.sh --browser), else a Google Chrome already on the machine (as on GitHub's Ubuntu runners).
/// </summary>
public static class BrowserPath
{
    private static readonly string[] Candidates =
        ["/usr/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>Flags for a sandbox-less, offline headless run (root in CI, no network beyond loopback).</summary>
    public static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run"];

    private const string Missing = "No Chromium or Chrome found: run scripts/bootstrap.sh --browser, or set DIGESTGEN_CHROMIUM.";

    public static string Executable => Find() ?? throw new InvalidOperationException(Missing);

    /// <summary>Why the browser tests are skipped, or null when they run: only outside CI (CI unset) with no browser.</summary>
    public static string? SkipReason =>
        Find() is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? Missing + " (skipped outside CI)" : null;

    /// <summary>
    /// Starts the browser. When it does not start, the error says which executable was run and what it printed when
    /// started by hand, instead of only a launch timeout.
    /// </summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string? executablePath = null)
    {
        var executable = executablePath ?? Executable;
        try
        {
            return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Args = LaunchArguments, Headless = true, Timeout = 60_000 });
        }
        catch (PlaywrightException failure)
        {
            throw new InvalidOperationException(
                $"The browser {executable} did not start: {FirstLine(failure.Message)}\nStarted by hand it said: {TryStart(executable)}", failure);
        }
    }

    private static string? Find() =>
        Environment.GetEnvironmentVariable("DIGESTGEN_CHROMIUM") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    /// <summary>Runs the browser once on a blank page for at most 20 s and returns its exit status and last output.</summary>
    private static string TryStart(string executable)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in LaunchArguments.Append("--headless").Append("--dump-dom").Append("about:blank"))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                return "no answer within 20 s";
            }

            var said = (error.Result + output.Result).Trim();
            return $"exit code {process.ExitCode}: {(said.Length > 2000 ? said[^2000..] : said)}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
