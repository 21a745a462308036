namespace DigestGen.Pipeline;

/// <summary>
/// Everything one build needs to know, mapped from the command line. <see cref="NodeModulesDirectory"/> holds the
/// npm packages scripts/bootstrap.sh installs (KaTeX, lunr, the embedding model).
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
    string NodeModulesDirectory = "node_modules")
{
    /// <summary>Caches live inside the output folder unless told otherwise; the writer never cleans them.</summary>
    public const string CacheFolderName = ".cache";

    public string EffectiveCacheDirectory => CacheDirectory ?? Path.Combine(OutputDirectory, CacheFolderName);
}
