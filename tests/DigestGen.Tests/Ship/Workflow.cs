using YamlDotNet.RepresentationModel;

namespace DigestGen.Tests.Ship;

/// <summary>A GitHub Actions workflow (or composite action) file read as YAML, with the lookups the tests need.</summary>
internal sealed class Workflow
{
    private Workflow(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    public static Workflow Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        return new Workflow(path, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public YamlMappingNode Jobs => Mapping(Root, "jobs");

    public YamlMappingNode Job(string name) => Mapping(Jobs, name);

    /// <summary>Every step of every job (or of the composite action), in file order.</summary>
    public IEnumerable<YamlMappingNode> Steps =>
        Root.Children.ContainsKey("runs")
            ? StepsOf(Mapping(Root, "runs"))
            : Jobs.Children.Values.Cast<YamlMappingNode>().SelectMany(StepsOf);

    /// <summary>Each non-blank line of every <c>run:</c> script, in file order.</summary>
    public IEnumerable<string> RunLines =>
        Steps.Select(step => Scalar(step, "run")).OfType<string>()
            .SelectMany(script => script.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    public IEnumerable<string> UsedActions => Steps.Select(step => Scalar(step, "uses")).OfType<string>();

    public static IEnumerable<YamlMappingNode> StepsOf(YamlNode jobOrRuns) =>
        ((YamlMappingNode)jobOrRuns).Children.TryGetValue("steps", out var steps)
            ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>()
            : [];

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>The scalar at "a.b.c" through nested mappings; null where a level is missing.</summary>
    public string? At(string dottedPath) => At(Root, dottedPath);

    public static string? At(YamlMappingNode node, string dottedPath) => (Node(node, dottedPath) as YamlScalarNode)?.Value;

    /// <summary>The items of the sequence at "a.b.c" (e.g. on.push.branches); empty where there is none.</summary>
    public IReadOnlyList<YamlNode> Sequence(string dottedPath) =>
        Node(Root, dottedPath) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    private static YamlNode? Node(YamlMappingNode node, string dottedPath)
    {
        YamlNode? current = node;
        foreach (var key in dottedPath.Split('.'))
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out current))
            {
                return null;
            }
        }

        return current;
    }
}
