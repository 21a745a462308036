using DigestGen.Cli;
using DigestGen.Tests.Support;
using Spectre.Console;
using Spectre.Console.Testing;

namespace DigestGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--as-of", "23/11/2026")]
    [InlineData("build", "--device", "tpu")]
    [InlineData("build", "--input", "/no/such/folder")]
    [InlineData("build", "--model", "model.onnx")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        using var console = new TestConsole();

        var code = CommandLine.Run([.. args, "--theme", RepoPaths.Theme], console);

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.False(string.IsNullOrWhiteSpace(console.Output));
        Assert.DoesNotContain("   at ", console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--help")]
    [InlineData("build", "-h")]
    [InlineData("check", "--help")]
    public void Help_for_a_command_prints_its_options_and_builds_nothing(params string[] args)
    {
        using var folder = new TempFolder();
        var output = folder.Combine("output");
        using var console = new TestConsole();
        console.Profile.Width = 1000;

        var code = CommandLine.Run([.. args, "--output", output], console);

        Assert.Equal((int)ExitCode.Ok, code);
        Assert.Contains("--input", console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Check_with_strict_exits_1_when_the_input_has_problems_and_0_without_strict()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", "");
        string[] args = ["check", "--input", folder.Path, "--theme", RepoPaths.Theme, "--as-of", "2026-11-23"];

        using var quiet = new TestConsole();
        Assert.Equal((int)ExitCode.Ok, CommandLine.Run(args, quiet));
        using var console = new TestConsole();
        Assert.Equal((int)ExitCode.InputProblems, CommandLine.Run([.. args, "--strict"], console));
        Assert.Contains("empty.txt", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_parses_the_theme_and_reports_a_template_that_does_not_parse()
    {
        using var folder = new TempFolder();
        folder.Write("input/empty.txt", "");
        var broken = folder.Write("theme/templates/home.sbn", "<p>{{ for paper in papers }}</p>\n");
        using var console = new TestConsole();
        console.Profile.Width = 1000;

        var code = CommandLine.Run(["check", "--input", folder.Combine("input"), "--theme", folder.Combine("theme"), "--as-of", "2026-11-23", "--strict"], console);

        Assert.Equal((int)ExitCode.InputProblems, code);
        Assert.Contains($"{broken}(1): error DG0501", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_the_users_own_that_cannot_be_loaded_stops_the_build_with_exit_code_3()
    {
        using var folder = new TempFolder();
        var seed = Directory.GetFiles(RepoPaths.Input, "*.txt").Order(StringComparer.Ordinal).First();
        folder.Write("input/" + Path.GetFileName(seed), File.ReadAllText(seed));
        var model = folder.Write("broken.onnx", "not an onnx model");
        var vocab = folder.Write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        using var console = new TestConsole();
        console.Profile.Width = 1000;

        var code = CommandLine.Run(
            ["build", "--input", folder.Combine("input"), "--output", folder.Combine("site"), "--theme", RepoPaths.Theme, "--as-of", "2026-11-23", "--model", model, "--vocab", vocab],
            console);

        Assert.Equal((int)ExitCode.BuildStopped, code);
        Assert.Contains($"error DG0304: --model {model}: ONNX Runtime cannot load it", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DG0301", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("site")));
    }

    [Fact]
    public void The_large_site_settings_reach_the_build_and_the_log_says_what_it_leaves_out()
    {
        using var folder = new TempFolder();
        var seed = Directory.GetFiles(RepoPaths.Input, "*.txt").Order(StringComparer.Ordinal).First();
        folder.Write("input/" + Path.GetFileName(seed), File.ReadAllText(seed));
        using var console = new TestConsole();
        console.Profile.Width = 1000;

        var code = CommandLine.Run(
            ["build", "--input", folder.Combine("input"), "--output", folder.Combine("site"), "--theme", RepoPaths.Theme, "--as-of", "2026-11-23",
                "--large-site", "10", "--author-page-min", "2", "--author-feed-min", "4"],
            console);

        Assert.Equal((int)ExitCode.Ok, code);
        Assert.Contains("over --large-site 10)", console.Output, StringComparison.Ordinal);
        Assert.Contains("fewer than 2 papers get no page", console.Output, StringComparison.Ordinal);
        Assert.Contains("author feeds and activity charts for 4+ papers only", console.Output, StringComparison.Ordinal);
        var papers = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(folder.Combine("site/data/papers.json"))).RootElement;
        Assert.False(papers[0].TryGetProperty("abstract", out _));
    }
}
