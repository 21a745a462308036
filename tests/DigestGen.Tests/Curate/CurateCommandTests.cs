using System.Text.Json;
using DigestGen.Cli;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;
using Spectre.Console.Testing;

namespace DigestGen.Tests.Curate;

/// <summary>Override problems reach the editor: printed by <c>check</c> and written to data/problems.json by <c>build</c>.</summary>
public sealed class CurateCommandTests
{
    private const string TypoOverride = "---\npaper: alternating-updates-for-efficient-transformers\npinned: true\n---\n";

    [Fact]
    public void Check_prints_override_problems_with_file_and_line()
    {
        using var input = new TempFolder();
        input.Write("overrides/typo.md", TypoOverride);
        using var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 400;

        var code = CommandLine.Run(["check", "--input", input.Path, "--theme", RepoPaths.Theme, "--as-of", "2026-11-23", "--strict"], console);

        Assert.Equal((int)ExitCode.InputProblems, code);
        Assert.Contains("overrides/typo.md(3): warning DG0403: unknown setting 'pinned' (did you mean 'pin'?)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_writes_override_problems_to_problems_json()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("overrides/typo.md", TypoOverride);
        var settings = new BuildSettings(input.Path, output.Path, new DateOnly(2026, 11, 23), RepoPaths.Theme, NodeModulesDirectory: RepoPaths.NodeModules);

        BuildPipeline.Build(settings, SilentReporter.Instance);

        using var problems = JsonDocument.Parse(File.ReadAllBytes(output.Combine("data", "problems.json")));
        var problem = problems.RootElement.EnumerateArray().Single(entry => entry.GetProperty("code").GetString() == "DG0403");
        Assert.Equal("overrides/typo.md", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
    }
}
