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

    public static string Executable =>
        Environment.GetEnvironmentVariable("DIGESTGEN_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException("No Chromium or Chrome found: run scripts/bootstrap.sh --browser, or set DIGESTGEN_CHROMIUM.");
}
