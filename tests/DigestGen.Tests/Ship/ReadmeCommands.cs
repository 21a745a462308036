using System.Text.RegularExpressions;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Ship;

/// <summary>The commands of README.md's "## Quick start" fenced block: the one way to build and to test.</summary>
internal static partial class ReadmeCommands
{
    /// <summary>The first word of each command line of the block, e.g. "scripts/build-site.sh".</summary>
    public static IReadOnlyList<string> All { get; } = Read();

    public static string Build => All.Single(command => command.Contains("build", StringComparison.Ordinal));

    public static string Test => All.Single(command => command.Contains("test", StringComparison.Ordinal));

    private static List<string> Read()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = QuickStartBlock().Match(readme);
        if (!block.Success)
        {
            throw new InvalidOperationException("README.md has no fenced block under '## Quick start'.");
        }

        return block.Groups["body"].Value.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' ')[0])
            .ToList();
    }

    [GeneratedRegex(@"^## Quick start\n(?:(?!^## ).*\n)*?```\w*\n(?<body>(?:(?!```).*\n)*)```", RegexOptions.Multiline)]
    private static partial Regex QuickStartBlock();
}
