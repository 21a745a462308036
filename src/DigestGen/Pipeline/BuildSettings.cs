using DigestGen.Compute;
using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>
/// Everything one build needs to know, mapped from the command line. <see cref="NodeModules"/> holds the npm packages
/// scripts/bootstrap.sh installs (KaTeX, lunr, the embedding model): <paramref name="NodeModulesDirectory"/> when given,
/// else the folder <see cref="NodeModulesLocator"/> finds for the tool and the input.
/// </summary>
public sealed record BuildSettings(
    string InputDirectory,
    string OutputDirectory,
    DateOnly AsOf,
    string ThemeDirectory,
    string BaseUrl = "/",
    string? CacheDirectory = null,
    string Device = "auto",
    string? ModelPath = null,
    string? VocabPath = null,
    string? NodeModulesDirectory = null)
{
    /// <summary>The npm packages this build reads (a few existence checks, so it follows a <c>with</c> that changes the input).</summary>
    public string NodeModules => NodeModulesLocator.Locate(NodeModulesDirectory, InputDirectory);

    /// <summary>Caches live inside the output folder unless told otherwise; the writer never cleans them.</summary>
    public const string CacheFolderName = ".cache";

    public string EffectiveCacheDirectory => CacheDirectory ?? Path.Combine(OutputDirectory, CacheFolderName);

    /// <summary>What a large site leaves out to fit GitHub Pages (<c>--large-site</c>, <c>--author-page-min</c>, <c>--author-feed-min</c>).</summary>
    public ScaleLimits Scale { get; init; } = new();

    /// <summary>How long a build waits for another build into the same output folder to finish before giving up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When compute fits topics and related papers afresh instead of continuing the cached fit.</summary>
    public RefitPolicy Refit { get; init; } = RefitPolicy.Default;

    /// <summary>
    /// Folders of the output folder the site never writes and never cleans: <c>.cache</c>, and the configured cache
    /// wherever inside the output folder it is.
    /// </summary>
    public IReadOnlyCollection<string> PreservedOutputFolders
    {
        get
        {
            var cache = Path.GetRelativePath(OutputDirectory, EffectiveCacheDirectory).Replace('\\', '/');
            var inside = cache != "." && cache != ".." && !cache.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(cache);
            return inside && cache != CacheFolderName ? [CacheFolderName, cache] : [CacheFolderName];
        }
    }
}
