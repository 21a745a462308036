using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Render.Templates;
using DigestGen.Render.Text;

namespace DigestGen.Render;

/// <summary>
/// What render reads that does not depend on the digest: the theme's templates, parsed, last build's page records and
/// the typeset math kept in the cache. A build loads it on a thread of its own while ingest, merge and compute run on
/// one core (docs/bench.md, "Small sites"), so render starts with its files read and their code compiled.
/// </summary>
public sealed class PreparedTheme : IDisposable
{
    private PreparedTheme(ThemeTemplates templates, ImmutableArray<Diagnostic> problems, ImmutableDictionary<string, RenderedPage> previousPages, TypesetMathCache math)
    {
        Templates = templates;
        Problems = problems;
        PreviousPages = previousPages;
        Math = math;
    }

    public ThemeTemplates Templates { get; }

    /// <summary>The theme's template errors: a site is not rendered with them.</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>Every page the last published build rendered (<see cref="RenderedPages"/>).</summary>
    public ImmutableDictionary<string, RenderedPage> PreviousPages { get; }

    public TypesetMathCache Math { get; }

    public static PreparedTheme Load(RenderSettings settings)
    {
        var (templates, problems) = ThemeTemplates.Load(Path.Combine(settings.ThemeDirectory, "templates"));
        return new PreparedTheme(templates, problems, RenderedPages.Load(settings.CacheDirectory),
            TypesetMathCache.Load(settings.NodeModulesDirectory, settings.CacheDirectory, settings.Math));
    }

    public void Dispose() => Templates.Dispose();
}
