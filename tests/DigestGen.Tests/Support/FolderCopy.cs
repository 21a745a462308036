namespace DigestGen.Tests.Support;

/// <summary>Copies a folder tree (yesterday's site, a cache). No xunit here: bench/ compiles this file too.</summary>
public static class FolderCopy
{
    public static void Run(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
