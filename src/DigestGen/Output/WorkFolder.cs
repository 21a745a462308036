namespace DigestGen.Output;

/// <summary>
/// The build's own folder beside the output folder (<c>output</c> → <c>.output.digestgen</c>): the lock and the
/// staging folder live there, not in the site, so they are never published, and a site folder that is deleted or
/// replaced takes nothing of them along.
/// </summary>
public static class WorkFolder
{
    public static string For(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"The output folder '{output}' has no parent folder to hold the build's lock and staging folder; choose a folder below it.");
        return Path.Combine(parent, $".{Path.GetFileName(output)}.digestgen");
    }

    /// <summary>Leaves no empty folder behind; one still holding the lock or another build's staging stays.</summary>
    public static void RemoveIfEmpty(string outputDirectory)
    {
        var folder = For(outputDirectory);
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // Another build created its lock or staging folder in the meantime: it is theirs.
            }
        }
    }
}
