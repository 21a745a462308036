using System.Collections.Frozen;
using System.Collections.Immutable;
using DigestGen.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Render.Templates;

/// <summary>
/// Every template of the theme, parsed once, rendered by many threads at once: each thread gets its own
/// <see cref="EscapingTemplateContext"/> (strict variables and members) sharing the parsed templates.
/// A template that does not parse is a diagnostic with file, line and column, never an exception.
/// </summary>
public sealed class ThemeTemplates : IDisposable
{
    /// <summary>The most characters one page may have: far beyond any real page (the largest dump is 32 MB).</summary>
    public const int PageCharactersAtMost = 256 * 1024 * 1024;

    private readonly ThemeTemplateLoader loader;
    private readonly FrozenDictionary<string, Template> byPath;
    private readonly ThreadLocal<EscapingTemplateContext> contexts;
    private readonly ThreadLocal<StringBuilderOutput> outputs = new(() => new StringBuilderOutput());

    private ThemeTemplates(ThemeTemplateLoader loader, FrozenDictionary<string, Template> byPath)
    {
        this.loader = loader;
        this.byPath = byPath;
        contexts = new ThreadLocal<EscapingTemplateContext>(NewContext);
    }

    /// <summary>Parses every <c>.sbn</c> under <paramref name="templatesDirectory"/>; problems come back as diagnostics.</summary>
    public static (ThemeTemplates Templates, ImmutableArray<Diagnostic> Problems) Load(string templatesDirectory)
    {
        var loader = new ThemeTemplateLoader(templatesDirectory);
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!Directory.Exists(loader.Root))
        {
            problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateSyntax, loader.Root, 0,
                "the theme has no templates folder", "Pass --theme <folder> pointing at a theme with templates/*.sbn."));
            return (new ThemeTemplates(loader, parsed.ToFrozenDictionary(StringComparer.Ordinal)), problems.ToImmutable());
        }

        foreach (var name in loader.ListTemplates())
        {
            var path = loader.Resolve(name);
            var template = Template.Parse(File.ReadAllText(path), path);
            foreach (var message in template.Messages)
            {
                problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateSyntax, path, message.Span.Start.Line + 1,
                    $"template does not parse at column {message.Span.Start.Column + 1}: {message.Message}",
                    "Fix the Scriban syntax; see https://github.com/scriban/scriban/blob/master/doc/language.md."));
            }

            if (!template.HasErrors)
            {
                parsed[path] = template;
            }
        }

        return (new ThemeTemplates(loader, parsed.ToFrozenDictionary(StringComparer.Ordinal)), problems.ToImmutable());
    }

    public bool Has(string name) => byPath.ContainsKey(loader.Resolve(name));

    /// <summary>
    /// Renders <paramref name="name"/> with <paramref name="variables"/> as its globals. Throws
    /// <see cref="ScriptRuntimeException"/> when the template uses a variable or member the view model lacks.
    /// </summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> variables)
    {
        var template = byPath[loader.Resolve(name)];
        var context = contexts.Value!;
        var globals = new ScriptObject();
        foreach (var (key, value) in variables)
        {
            globals.Add(key, value);
        }

        context.PushGlobal(globals);
        // One output per thread, emptied by Scriban after each render: a page's builder keeps its capacity
        // instead of growing chunk by chunk from empty for each of the site's pages.
        context.PushOutput(outputs.Value!);
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    public void Dispose()
    {
        contexts.Dispose();
        outputs.Dispose();
    }

    /// <summary>
    /// Whether the templates rendered on this thread since the last call read the build date (<c>site.as_of_iso</c>);
    /// resets, so a page calls it once before its first template and once after its last.
    /// </summary>
    public bool TakeSiteDateRead()
    {
        var context = contexts.Value!;
        var read = context.SiteDateRead;
        context.SiteDateRead = false;
        return read;
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext
        {
            TemplateLoader = loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Lists of a few thousand papers are normal here; the default 1000-iteration guard is for untrusted scripts.
            LoopLimit = int.MaxValue,
            // Scriban's default cuts any page past 1 Mi characters, silently: a paper with a 1.2 MB abstract lost its
            // end. Values are the site's own data (a dump is at most 32 MB), so conversions are not limited; a page
            // past the output limit is a template error, never a page cut short.
            LimitToString = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = PageCharactersAtMost,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RecursiveLimit = 100,
        };
        foreach (var (path, template) in byPath)
        {
            context.CachedTemplates[path] = template;
        }

        var helpers = new ScriptObject { ["include"] = new TrustedInclude() };
        context.PushGlobal(helpers);
        return context;
    }
}
