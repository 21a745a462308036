using DigestGen.Output;
using DigestGen.Tests.Support;
using Microsoft.Playwright;

namespace DigestGen.Tests.Render;

/// <summary>
/// The home page, a paper page, an author page and a topic page in headless Chromium (Debian's, installed by
/// scripts/bootstrap.sh --browser) at phone and desktop width, and in the dark theme, with JavaScript off: screenshots land in
/// output/screenshots/ under the test run's folder, and the pages must not scroll sideways or shift.
/// </summary>
public sealed class ScreenshotTests
{
    private const string Origin = "http://digest.test";
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("paper", "/papers/efficiently-realizing-interval-sequences/"),
        ("author", "/authors/yichi-zhang/"),
        ("topic", "/topics/vision/"),
    ];

    // One browser for every page and width: starting Chromium is most of this test's time.
    [BrowserFact]
    public async Task Pages_read_well_on_phone_and_desktop_without_javascript_and_do_not_shift()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "output", "screenshots");
        Directory.CreateDirectory(folder);
        // Rendered before the browser starts: a failure here would otherwise surface only as a navigation timeout.
        var site = RenderedSite.CorpusSite;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPath.LaunchAsync(playwright);
        foreach (var (device, width, scheme) in new[] { ("phone", 390, ColorScheme.Light), ("desktop", 1280, ColorScheme.Light), ("phone-dark", 390, ColorScheme.Dark) })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = false, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.RouteAsync(Origin + "/**", route => SiteRoute.Serve(route, site));
            foreach (var (name, path) in Pages)
            {
                var response = await page.GotoAsync(Origin + path);
                Assert.Equal(200, response!.Status);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{device}.png"), FullPage = true });
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{name} at {width}px scrolls sideways by {overflow}px");
                await page.Keyboard.PressAsync("Tab");
                Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
            }
        }

        var measured = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 800 } });
        await measured.RouteAsync(Origin + "/**", route => SiteRoute.Serve(route, site));
        await measured.GotoAsync(Origin + Pages[1].Path, new() { WaitUntil = WaitUntilState.Load });
        var shift = await measured.EvaluateAsync<double>("""
            new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => { for (const entry of list.getEntries()) total += entry.value; })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 500);
            })
            """);
        Assert.True(shift < 0.01, $"cumulative layout shift {shift}");
    }
}
