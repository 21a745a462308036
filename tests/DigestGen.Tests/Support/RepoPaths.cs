namespace DigestGen.Tests.Support;

/// <summary>Well-known folders: the repository root (where DigestGen.sln is) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>../shared beside the checkout: seeds/ and corpus/ (see corpus/SOURCES.md).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string Seeds => Path.Combine(Shared, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find DigestGen.sln above " + AppContext.BaseDirectory);
    }
}
