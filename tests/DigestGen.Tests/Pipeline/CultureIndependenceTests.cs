using System.Globalization;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Pipeline;

/// <summary>
/// Globalization is on (string.Normalize needs ICU), so the machine's culture could leak into the site: a decimal
/// comma, a Turkish dotless i in a lower-cased slug, a culture's sort order. A build under tr-TR (comma decimals,
/// i/İ casing) must write the very bytes of the invariant build.
/// </summary>
public sealed class CultureIndependenceTests
{
    [Fact]
    public void The_seed_site_built_under_a_turkish_culture_is_byte_for_byte_the_same()
    {
        var expected = SeedSite.Files.Files;
        using var output = new TempFolder();
        var settings = new BuildSettings(RepoPaths.Input, output.Path, SeedSite.AsOf, RepoPaths.Theme, NodeModulesDirectory: RepoPaths.NodeModules);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
            BuildPipeline.Build(settings, SilentReporter.Instance);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        var cache = settings.EffectiveCacheDirectory + Path.DirectorySeparatorChar;
        var built = Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(cache, StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(output.Path, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        var differing = expected.Where(file => !file.Value.Content.AsSpan().SequenceEqual(built[file.Key])).Select(file => file.Key);
        Assert.Empty(differing);
    }
}
