using System.Text.Json;
using AngleSharp.Html.Parser;
using DigestGen.Model;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>
/// One URL policy over the built site: with hostile overrides (script URLs in every form a note or front matter can
/// carry them, a note nested past Markdig's limit) the build completes and no address in any page's HTML leaves
/// http, https, mailto or the site.
/// </summary>
public sealed class SafeLinksTests
{
    private static readonly string[] AddressAttributes = ["href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "background", "cite"];

    private const string HostileNote = """
        ---
        paper: alternating-updates-for-efficient-transformers
        tags: [moe]
        ---
        Links: [plain](javascript:alert(1)), [cased](JaVaScRiPt:alert(2)), [entity](&#106;avascript:alert(3)),
        [tab](java	script:alert(4)), <javascript:alert(5)>, <data:text/html,hi>, <vbscript:x>, [ref][bad], ![img](javascript:alert(6)),
        ![ref image][pic], <a href="javascript:alert(7)">raw</a>, <img src=x onerror=alert(8)>, <form action="javascript:alert(9)"><button formaction="javascript:1">x</button></form>,
        <svg><a xlink:href="javascript:alert(10)">x</a></svg>, and a good one: <https://github.com/google/altup>.

        [bad]: javascript:alert(11)
        [pic]: data:image/svg+xml,<svg onload=alert(12)>
        """;

    [Fact]
    public void No_page_of_a_site_built_with_hostile_overrides_links_to_an_unsafe_scheme()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Input))
        {
            File.Copy(seed, input.Combine(Path.GetFileName(seed)));
        }

        input.Write("overrides/hostile.md", HostileNote);
        input.Write("overrides/code.md", "---\npaper: matryoshka-representation-learning\ncode: \" JaVaScRiPt:alert(13)\"\n---\n");
        input.Write("overrides/deep.md", "---\npaper: soap-improving-and-stabilizing-shampoo-using-adam\n---\n" + string.Concat(Enumerable.Repeat("> ", 400)) + "deep\n");
        var settings = new BuildSettings(input.Path, output.Path, new DateOnly(2026, 11, 23), RepoPaths.Theme, NodeModulesDirectory: RepoPaths.NodeModules);

        BuildPipeline.Build(settings, SilentReporter.Instance);

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(output.Path, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 300, $"only {pages.Count} pages");
        var addresses = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
            foreach (var element in parser.ParseDocument(html).QuerySelectorAll("*"))
            {
                Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                foreach (var attribute in element.Attributes.Where(attribute => AddressAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    var urls = attribute.Name == "srcset" ? attribute.Value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0]) : [attribute.Value];
                    foreach (var url in urls)
                    {
                        addresses++;
                        Assert.True(UrlPolicy.IsSafe(url), $"{Path.GetRelativePath(output.Path, page)}: <{element.LocalName} {attribute.Name}=\"{url}\">");
                    }
                }
            }
        }

        Assert.True(addresses > 1000);
        var altUp = File.ReadAllText(output.Combine("papers", "alternating-updates-for-efficient-transformers", "index.html"));
        Assert.Contains("href=\"https://github.com/google/altup\"", altUp, StringComparison.Ordinal);
        Assert.Contains("&lt;javascript:alert(5)&gt;", altUp, StringComparison.Ordinal);

        using var problems = JsonDocument.Parse(File.ReadAllBytes(output.Combine("data", "problems.json")));
        var found = problems.RootElement.EnumerateArray().Select(entry => $"{entry.GetProperty("file").GetString()}({entry.GetProperty("line").GetInt32()}): {entry.GetProperty("code").GetString()}").ToList();
        Assert.Contains("overrides/deep.md(4): DG0504", found);
        Assert.Contains("overrides/code.md(3): DG0404", found);
    }
}
