using DigestGen.Model;
using DigestGen.Render.Templates;
using DigestGen.Tests.Support;
using Scriban.Syntax;

namespace DigestGen.Tests.Render;

public sealed class ThemeTemplatesTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("_partials/../../secret")]
    [InlineData("/etc/passwd")]
    public void Loader_refuses_names_outside_the_theme(string name)
    {
        using var folder = new TempFolder();
        var loader = new ThemeTemplateLoader(folder.Path);
        Assert.Throws<ScriptRuntimeException>(() => loader.Resolve(name));
    }

    [Fact]
    public void Values_are_escaped_trusted_html_and_partials_are_not_escaped_twice()
    {
        using var folder = new TempFolder();
        folder.Write("page.sbn", "<h1>{{ title }}</h1>{{ body }}{{ include '_partials/item' }}");
        folder.Write("_partials/item.sbn", "<i>{{ title }}</i>");
        var (templates, problems) = ThemeTemplates.Load(folder.Path);
        Assert.Empty(problems);
        var html = templates.Render("page", new Dictionary<string, object?> { ["title"] = "<x> & {{y}}", ["body"] = new TrustedHtml("<p>ok</p>") });
        Assert.Equal("<h1>&lt;x&gt; &amp; {{y}}</h1><p>ok</p><i>&lt;x&gt; &amp; {{y}}</i>", html);
    }

    [Theory]
    [InlineData("<p>{{ site.title }}</p>", false)]
    [InlineData("<p>{{ site.as_of_iso }}</p>", true)]
    [InlineData("<p>{{ if site.title == 'x' }}{{ site.as_of_iso }}{{ end }}</p>", false)]
    [InlineData("<p>{{ site | object.keys | array.join ',' }}</p>", true)]
    [InlineData("<p>{{ include '_partials/date' }}</p>", true)]
    public void Reading_the_build_date_is_noted_for_the_page_that_read_it(string template, bool readsDate)
    {
        using var folder = new TempFolder();
        folder.Write("page.sbn", template);
        folder.Write("_partials/date.sbn", "{{ site.as_of_iso }}");
        var (templates, problems) = ThemeTemplates.Load(folder.Path);
        Assert.Empty(problems);
        var site = new DigestGen.Render.Views.SiteView("Site", "t", "/", "/s/", "/p/", "/t/", "/a/", "/d/", [], "c", "m", "i", "f", "j", "r", "x", "2024-05-27");
        templates.TakeSiteDateRead();
        templates.Render("page", new Dictionary<string, object?> { ["site"] = site });
        Assert.Equal(readsDate, templates.TakeSiteDateRead());
        Assert.False(templates.TakeSiteDateRead());
    }

    [Fact]
    public void A_template_that_does_not_parse_is_a_diagnostic_with_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.sbn", "<p>\n{{ if }}</p>");
        var (_, problems) = ThemeTemplates.Load(folder.Path);
        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.Equal((DiagnosticCodes.TemplateSyntax, Path.GetFullPath(path), 2), (problem.Code, problem.File, problem.Line)));
    }

    [Fact]
    public void Unknown_variables_fail_loudly_under_strict_mode()
    {
        using var folder = new TempFolder();
        folder.Write("page.sbn", "{{ paper.missing_member }}");
        var (templates, _) = ThemeTemplates.Load(folder.Path);
        Assert.Throws<ScriptRuntimeException>(() => templates.Render("page", new Dictionary<string, object?> { ["paper"] = new DigestGen.Render.Views.LinkView("a", "/a/") }));
        Assert.Throws<ScriptRuntimeException>(() => templates.Render("page", new Dictionary<string, object?>()));
    }

    [Fact]
    public void A_theme_error_in_a_real_build_becomes_a_diagnostic_not_a_crash()
    {
        using var folder = ThemeWithBrokenAuthorPage();
        var sink = new DigestGen.Output.MemoryOutputSink();
        var result = DigestGen.Render.RenderSite.Run(CorpusDigest.Build(), new DigestGen.Render.RenderSettings(folder.Path, "/"), sink);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, problem.Code);
        Assert.EndsWith("author.sbn", problem.File, StringComparison.Ordinal);
        Assert.True(sink.Files.ContainsKey("index.html"));
    }

    [Fact]
    public void A_theme_error_counts_in_the_build_report_so_strict_builds_fail()
    {
        using var theme = ThemeWithBrokenAuthorPage();
        using var output = new TempFolder();
        var report = DigestGen.Pipeline.BuildPipeline.Build(
            new DigestGen.Pipeline.BuildSettings(RepoPaths.Input, output.Path, new DateOnly(2026, 11, 23), theme.Path, NodeModulesDirectory: RepoPaths.NodeModules),
            DigestGen.Pipeline.SilentReporter.Instance);
        Assert.Contains(report.Diagnostics, problem => problem.Code == DiagnosticCodes.TemplateRuntime && problem.Severity == Severity.Error);
        Assert.True(report.Errors > 0);
    }

    private static TempFolder ThemeWithBrokenAuthorPage()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            folder.Write(Path.GetRelativePath(RepoPaths.Theme, file), File.ReadAllText(file));
        }

        folder.Write("templates/author.sbn", "{{ author.no_such_thing }}");
        return folder;
    }
}
