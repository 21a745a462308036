using DigestGen.Tests.Support;
using Microsoft.Playwright;

namespace DigestGen.Tests.Search;

/// <summary>
/// The search page end to end in headless Chromium (Debian's /usr/bin/chromium, installed by
/// scripts/bootstrap.sh --browser), on a site answered under a sub-path: type, see the expected paper first, open it.
/// </summary>
public sealed class SearchPageTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder site = new();
    /// <summary>The site's address under a sub-path, as on GitHub Pages project sites; answered by request routing.</summary>
    private const string BaseUrl = "http://digest.test/digest/";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        var digest = CorpusDigest.Load(800);
        var authorless = new DigestGen.Model.Paper { Id = "authorless", Title = "Quasiperiodic zebra tessellations", Date = new DateOnly(2026, 11, 21) };
        digest = digest with { Papers = digest.Papers.AddRange(LunrCompatibilityTests.TrickyPapers).Add(authorless) };
        SearchSite.Write(digest, site.Path, "lora-low-rank-adaptation");
        playwright = await Playwright.CreateAsync();
        browser = await BrowserPath.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    public void Dispose() => site.Dispose();

    [BrowserFact]
    public async Task Typing_a_query_shows_the_expected_paper_first_and_opens_it()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "search/");

        await page.Locator("#search-input").PressSequentiallyAsync("lora low-rank adaptation");
        await Assertions.Expect(page.Locator("#search-results[aria-busy=false]")).ToHaveCountAsync(1);
        var first = page.Locator(".search-result").First;
        await Assertions.Expect(first.Locator(".search-result-title")).ToHaveTextAsync("LoRA: Low-Rank Adaptation of Large Language Models");
        await Assertions.Expect(first.Locator("mark").First).ToHaveTextAsync("LoRA:");
        Assert.EndsWith("/search/?q=lora+low-rank+adaptation", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(first).ToHaveClassAsync("search-result is-active");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(BaseUrl + "papers/lora-low-rank-adaptation/");
        await Assertions.Expect(page).ToHaveTitleAsync("LoRA: Low-Rank Adaptation of Large Language Models");
    }

    [BrowserFact]
    public async Task A_shared_link_runs_its_query_and_accents_do_not_matter()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "search/?q=Guimaraes");

        await Assertions.Expect(page.Locator(".search-result-title").First).ToHaveTextAsync("Attention Is All You Need — ΣΟΦΙΑ ΟΔΟΣ");
        await Assertions.Expect(page.Locator(".search-result-meta mark").First).ToHaveTextAsync("Guimarães,");
    }

    [BrowserFact]
    public async Task A_result_without_authors_starts_with_its_date_not_a_separator()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "search/?q=zebra");
        await Assertions.Expect(page.Locator(".search-result-title").First).ToHaveTextAsync("Quasiperiodic zebra tessellations");
        await Assertions.Expect(page.Locator(".search-result-meta").First).ToHaveTextAsync("2026-11-21");
    }

    [BrowserFact]
    public async Task No_results_offers_a_spelling_suggestion_and_back_restores_the_previous_search()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + "search/?q=diffusion");
        await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();

        var input = page.Locator("#search-input");
        await input.FillAsync("difusion");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("No papers match");
        await Assertions.Expect(page.Locator(".search-tips a").First).ToHaveTextAsync("diffusion", new() { IgnoreCase = true });

        await page.GoBackAsync();
        await Assertions.Expect(input).ToHaveValueAsync("diffusion");
        await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();

        await input.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".search-result")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// A page whose requests to the site are answered from the built folder by Playwright itself: no socket server,
    /// so a loaded CI machine cannot make a response go missing.
    /// </summary>
    private async Task<IPage> NewPageAsync()
    {
        var page = await browser!.NewPageAsync();
        await page.RouteAsync(BaseUrl + "**", route => ServeFromSite(route));
        return page;
    }

    private Task ServeFromSite(IRoute route)
    {
        var relative = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath["/digest/".Length..]);
        var path = Path.GetFullPath(Path.Combine(site.Path, relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(site.Path, StringComparison.Ordinal) || !File.Exists(path))
        {
            return route.FulfillAsync(new() { Status = 404, Body = "missing: " + relative });
        }

        return route.FulfillAsync(new() { Status = 200, ContentType = ContentTypes.For(path), BodyBytes = File.ReadAllBytes(path) });
    }
}
