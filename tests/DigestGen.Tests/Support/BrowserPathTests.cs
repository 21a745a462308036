using Microsoft.Playwright;

namespace DigestGen.Tests.Support;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BrowserPathTests
{
    [Fact]
    public async Task A_browser_that_does_not_start_says_which_one_and_what_it_printed()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("chromium", "#!/bin/sh\necho 'chromium: error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        using var playwright = await Playwright.CreateAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BrowserPath.LaunchAsync(playwright, broken));

        Assert.StartsWith($"The browser {broken} did not start: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 127: chromium: error while loading shared libraries: libnss3.so", failure.Message, StringComparison.Ordinal);
    }
}
