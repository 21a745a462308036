using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Render.Templates;

/// <summary>
/// Resolves <c>include</c> names to files under the theme's templates folder and refuses any name that would
/// escape it (<c>../../etc/passwd</c>, absolute paths). Names may omit the <c>.sbn</c> extension.
/// </summary>
public sealed class ThemeTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string root = Path.GetFullPath(templatesDirectory);

    public string Root => root;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));

    /// <summary>The full path of a template name, or an exception naming the offending template.</summary>
    public string Resolve(string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        if (Path.IsPathRooted(name))
        {
            throw new ScriptRuntimeException(default, $"Template '{templateName}' must be a path inside the theme, not an absolute path.");
        }

        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(default, $"Template '{templateName}' is outside the theme's templates folder.");
        }

        return full;
    }

    /// <summary>Template names relative to the root, forward slashes, sorted: what the theme offers.</summary>
    public IEnumerable<string> ListTemplates() =>
        Directory.EnumerateFiles(root, "*.sbn", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
