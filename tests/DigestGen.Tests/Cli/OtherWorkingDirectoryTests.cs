using DigestGen.Tests.Fuzz;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Cli;

/// <summary>
/// The tool run from a folder that is neither the repository nor the site (as a packed global tool is): it finds
/// node_modules by itself, so the site is the same as the one built from the repository, and <c>check</c> leaves that
/// folder and the input as they were.
/// </summary>
public sealed class OtherWorkingDirectoryTests
{
    [Fact]
    public void Build_from_another_folder_gives_the_seed_site_byte_for_byte()
    {
        using var elsewhere = new TempFolder();
        using var output = new TempFolder();

        using (var run = CliRun.Start(elsewhere.Path, "build", "--input", RepoPaths.Input, "--output", output.Path, "--theme", RepoPaths.Theme,
            "--as-of", SeedSite.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
        {
            var (code, printed) = run.Finish();
            Assert.True(code == 0, printed);
        }

        var built = Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(output.Path, path))
            .Where(path => !path.StartsWith(".cache/", StringComparison.Ordinal))
            .ToDictionary(path => path, path => File.ReadAllBytes(output.Combine(path)), StringComparer.Ordinal);
        Assert.Equal(SeedSite.Files.Files.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.All(built, file => Assert.True(file.Value.AsSpan().SequenceEqual(SeedSite.Files.Files[file.Key].Content), $"{file.Key} differs"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void Check_writes_nothing_anywhere()
    {
        using var elsewhere = new TempFolder();
        var inputBefore = Listing(RepoPaths.Input);

        using (var run = CliRun.Start(elsewhere.Path, "check", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--as-of", "2026-11-23"))
        {
            var (code, printed) = run.Finish();
            Assert.True(code == 0, printed);
            Assert.Contains("295 papers", printed, StringComparison.Ordinal);
        }

        // Before, check converted the model into ./output/.cache of whatever folder it ran in.
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
        Assert.Equal(inputBefore, Listing(RepoPaths.Input));
    }

    private static List<string> Listing(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(path => $"{Path.GetRelativePath(folder, path)} {File.GetLastWriteTimeUtc(path):O}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
