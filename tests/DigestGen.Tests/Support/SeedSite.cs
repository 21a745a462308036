using DigestGen.Output;
using DigestGen.Pipeline;

namespace DigestGen.Tests.Support;

/// <summary>
/// The seed site (input/ at 2026-11-23, the repository's theme and node_modules, fresh caches) built once per test run
/// by the real pipeline and kept in memory, for the tests that read what a user's first build produces.
/// </summary>
internal static class SeedSite
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Lazy<(BuildReport Report, MemoryOutputSink Site, IReadOnlyDictionary<string, byte[]> Cache)> Built = new(Build);

    public static BuildReport Report => Built.Value.Report;

    /// <summary>Every file of the site, the cache folder left out, by path relative to the site root.</summary>
    public static MemoryOutputSink Files => Built.Value.Site;

    /// <summary>The JSON files the build left at the top of its cache folder (first-seen dates, id history…), by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> CacheFiles => Built.Value.Cache;

    private static (BuildReport, MemoryOutputSink, IReadOnlyDictionary<string, byte[]>) Build()
    {
        using var output = new TempFolder();
        var settings = new BuildSettings(RepoPaths.Input, output.Path, AsOf, RepoPaths.Theme, NodeModulesDirectory: RepoPaths.NodeModules);
        var report = BuildPipeline.Build(settings, SilentReporter.Instance);
        var site = new MemoryOutputSink();
        var cache = settings.EffectiveCacheDirectory;
        foreach (var path in Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories).Where(path => !path.StartsWith(cache + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            site.Add(new OutputFile(Path.GetRelativePath(output.Path, path).Replace('\\', '/'), File.ReadAllBytes(path)));
        }

        var cacheFiles = Directory.EnumerateFiles(cache, "*.json").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal);
        return (report, site, cacheFiles);
    }
}
