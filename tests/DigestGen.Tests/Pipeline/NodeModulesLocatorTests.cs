using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Pipeline;

/// <summary>node_modules is found from the command line, the environment, the tool or the input, never the working directory.</summary>
public sealed class NodeModulesLocatorTests
{
    [Fact]
    public void A_folder_named_on_the_command_line_wins_over_the_environment_and_the_search()
    {
        using var world = World();

        Assert.Equal(world.Combine("named"), NodeModulesLocator.Locate(world.Combine("named"), world.Combine("env"), world.Combine("repo", "bin", "tool"), world.Combine("site", "input")));
        Assert.Equal(world.Combine("env"), NodeModulesLocator.Locate(null, world.Combine("env"), world.Combine("repo", "bin", "tool"), world.Combine("site", "input")));
    }

    [Fact]
    public void Without_either_the_tool_looks_beside_itself_then_up_then_up_from_the_input()
    {
        using var world = World();
        var tool = world.Combine("repo", "bin", "tool");
        var input = world.Combine("site", "input");

        Assert.Equal(world.Combine("repo", "node_modules"), NodeModulesLocator.Locate(null, null, tool, input));

        Install(world.Combine("repo", "bin", "tool", "node_modules"), "lunr");
        Assert.Equal(world.Combine("repo", "bin", "tool", "node_modules"), NodeModulesLocator.Locate(null, "  ", tool, input));

        // A packed tool lives far from any clone: the site's repository (above its input) has the packages.
        Assert.Equal(world.Combine("site", "node_modules"), NodeModulesLocator.Locate(null, null, world.Combine("store", "tool"), input));
    }

    [Fact]
    public void A_node_modules_without_the_build_packages_is_passed_over_and_nothing_found_points_beside_the_tool()
    {
        using var world = World();
        Directory.CreateDirectory(world.Combine("store", "tool", "node_modules", "left-pad"));

        Assert.Equal(world.Combine("store", "tool", "node_modules"), NodeModulesLocator.Locate(null, null, world.Combine("store", "tool"), world.Combine("elsewhere")));
        Assert.Equal(world.Combine("site", "node_modules"), NodeModulesLocator.Locate(null, null, world.Combine("store", "tool"), world.Combine("site", "input")));
    }

    /// <summary>A clone with the packages at repo/, a site repository with them at site/, and a tool store without.</summary>
    private static TempFolder World()
    {
        var world = new TempFolder();
        Install(world.Combine("repo", "node_modules"), "katex");
        Install(world.Combine("site", "node_modules"), Path.Combine("@energetic-ai", "model-embeddings-en"));
        Directory.CreateDirectory(world.Combine("repo", "bin", "tool"));
        Directory.CreateDirectory(world.Combine("site", "input"));
        Directory.CreateDirectory(world.Combine("store", "tool"));
        Directory.CreateDirectory(world.Combine("elsewhere"));
        return world;
    }

    private static void Install(string nodeModules, string package)
    {
        Directory.CreateDirectory(Path.Combine(nodeModules, package));
        File.WriteAllText(Path.Combine(nodeModules, package, "package.json"), "{}");
    }
}
