using System.Text.Json;
using DigestGen.Tests.Support;
using Microsoft.Playwright;

namespace DigestGen.Tests.Render;

/// <summary>
/// In headless Chromium with JavaScript on: axe-core (node_modules/axe-core, pinned in package.json) finds no
/// violation on any page kind in the light or the dark theme, and the reader filters mute, remember and reveal.
/// </summary>
public sealed class ReaderBrowserTests
{
    private const string Origin = "http://digest.test";
    private static readonly string[] PageKinds =
    [
        "/", "/papers/efficiently-realizing-interval-sequences/", "/authors/yichi-zhang/", "/topics/vision/", "/days/2024-05-24/",
        "/days/", "/papers/", "/authors/", "/topics/", "/search/", "/about/ranking/", "/404.html",
    ];

    private static async Task<IPage> Open(IBrowser browser, ColorScheme scheme, int width = 1280)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.RouteAsync(Origin + "/**", route => SiteRoute.Serve(route, RenderedSite.CorpusSite));
        return page;
    }

    [BrowserFact]
    public async Task Every_page_kind_has_no_axe_violations_in_light_and_dark()
    {
        var axe = await File.ReadAllTextAsync(Path.Combine(RepoPaths.NodeModules, "axe-core", "axe.min.js"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPath.LaunchAsync(playwright);
        var violations = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await Open(browser, scheme);
            foreach (var path in PageKinds)
            {
                await page.GotoAsync(Origin + path, new() { WaitUntil = WaitUntilState.Load });
                await page.AddScriptTagAsync(new() { Content = axe });
                var found = await page.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                      .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))
                    """);
                violations.AddRange(found.EnumerateArray().Select(violation => $"{path} ({scheme}): {violation.GetString()}"));
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [BrowserFact]
    public async Task Muted_topics_and_keywords_hide_cards_until_the_reader_asks_to_see_them()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserPath.LaunchAsync(playwright);
        var page = await Open(browser, ColorScheme.Light, 390);
        await page.GotoAsync(Origin + "/topics/vision/");
        var total = await page.Locator("[data-filter-item]").CountAsync();
        Assert.True(total > 2);
        Assert.False(await page.Locator(".hidden-note").IsVisibleAsync());

        await page.Locator(".filters summary").ClickAsync();
        await page.Locator(".filters input[value='Vision and multimodal']").CheckAsync();
        await page.Locator(".filters button[type=submit]").ClickAsync();
        Assert.Equal($"{total} hidden — show", await page.Locator(".hidden-note").TextContentAsync());
        Assert.Equal(0, await page.Locator("[data-filter-item]:visible").CountAsync());

        // Remembered in this browser: a later visit to another listing applies it too.
        await page.GotoAsync(Origin + "/");
        var onHome = await page.Locator("[data-filter-item][data-topic='Vision and multimodal']").CountAsync();
        Assert.True(onHome > 0);
        Assert.Equal(0, await page.Locator("[data-filter-item][data-topic='Vision and multimodal']:visible").CountAsync());
        await page.Locator(".hidden-note button").ClickAsync();
        Assert.Equal(onHome, await page.Locator("[data-filter-item][data-topic='Vision and multimodal']:visible").CountAsync());

        // A keyword mutes any card whose text contains it, whatever its topic.
        await page.Locator(".hidden-note button").ClickAsync();
        await page.Locator(".filters summary").ClickAsync();
        await page.Locator(".filters input[value='Vision and multimodal']").UncheckAsync();
        var word = (await page.Locator("#trending-heading ~ div [data-filter-item] .card-title").First.TextContentAsync())!.Split(' ')[0];
        await page.Locator("#mute-words").FillAsync(word.ToUpperInvariant());
        await page.Locator(".filters button[type=submit]").ClickAsync();
        Assert.False(await page.Locator("#trending-heading ~ div [data-filter-item]").First.IsVisibleAsync());
        Assert.Matches("^[1-9][0-9]* hidden — show$", await page.Locator(".hidden-note").TextContentAsync());
    }
}
