namespace DigestGen.Pipeline;

/// <summary>
/// Finds the npm packages a build uses (KaTeX, lunr, the embedding model), never relative to the working directory:
/// the folder named on the command line, else <see cref="EnvironmentVariable"/>, else a node_modules beside the tool or
/// in a folder above it (a build from a clone), else one in or above the input folder (the site's repository, for the
/// packed tool). A node_modules counts only when it holds one of those packages.
/// </summary>
public static class NodeModulesLocator
{
    public const string EnvironmentVariable = "DIGESTGEN_NODE_MODULES";

    private const string FolderName = "node_modules";

    private static readonly string[] BuildPackages = ["katex", "lunr", Path.Combine("@energetic-ai", "model-embeddings-en")];

    /// <summary>The node_modules folder for a build reading <paramref name="inputDirectory"/>.</summary>
    public static string Locate(string? namedDirectory, string inputDirectory) =>
        Locate(namedDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory, inputDirectory);

    /// <summary>
    /// As <see cref="Locate(string?, string)"/> with the environment and the tool's folder given. When nothing is found the
    /// answer is the folder beside the tool, so what is missing is reported there.
    /// </summary>
    public static string Locate(string? namedDirectory, string? environmentValue, string toolDirectory, string inputDirectory)
    {
        if (!string.IsNullOrWhiteSpace(namedDirectory))
        {
            return Path.GetFullPath(namedDirectory);
        }

        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return Path.GetFullPath(environmentValue);
        }

        return Upwards(toolDirectory).Concat(Upwards(inputDirectory)).FirstOrDefault(HoldsBuildPackages)
            ?? Path.Combine(Path.GetFullPath(toolDirectory), FolderName);
    }

    private static IEnumerable<string> Upwards(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            yield return Path.Combine(folder.FullName, FolderName);
        }
    }

    private static bool HoldsBuildPackages(string folder) =>
        BuildPackages.Any(package => File.Exists(Path.Combine(folder, package, "package.json")));
}
