using System.Text;

namespace DigestGen.Output;

/// <summary>
/// The output folder's own record of the files a build published, kept in its work folder (<see cref="WorkFolder"/>),
/// so the next build finds its stale files without walking every folder of the site (<see cref="SiteWriter"/>). It
/// names the output folder it describes (<see cref="FolderIdentity"/>): a folder deleted, replaced or copied since is
/// another, and its record is no record. A missing, torn or foreign file is no record either; the site is then walked.
/// One path a line, after a first line with the format and the folder's identity.
/// </summary>
internal sealed class PublishedRecord(string recordPath, string outputFolder)
{
    private const string Format = "digestgen-published/1";

    private string RecordPath { get; } = recordPath;

    /// <summary>Records <paramref name="files"/> (paths relative to the output folder) as published into it.</summary>
    public void Write(IEnumerable<string> files)
    {
        if (FolderIdentity.Of(outputFolder) is not { } folder)
        {
            Delete(); // no way to tell this folder from another: no record
            return;
        }

        var text = new StringBuilder().Append(Format).Append(' ').Append(folder).Append('\n');
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (file.Contains('\n', StringComparison.Ordinal))
            {
                // Not a name one line can hold: no record, so the next build walks the site.
                Delete();
                return;
            }

            text.Append(file).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(RecordPath)!);
        File.WriteAllText(RecordPath, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The files recorded, or null when there is no record of this output folder as it is now.</summary>
    public IReadOnlyList<string>? Read()
    {
        if (!File.Exists(RecordPath))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(RecordPath, Encoding.UTF8);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var lines = text.Split('\n');
        // A whole record ends with a line break: one cut short is no record. Its paths are deleted when stale, so one
        // that could name a file outside the output folder makes it no record either.
        return lines.Length >= 2 && lines[^1].Length == 0 && FolderIdentity.Of(outputFolder) is { } folder && lines[0] == $"{Format} {folder}"
            && lines[1..^1].All(StaysInside)
            ? lines[1..^1]
            : null;
    }

    private static bool StaysInside(string relative) =>
        relative.Length > 0 && !Path.IsPathRooted(relative) && !relative.Split('/', '\\').Contains("..");

    /// <summary>Makes this record the <paramref name="other"/> one (a build's record becomes the published one); without one, neither is left.</summary>
    public void Replace(PublishedRecord other)
    {
        if (File.Exists(RecordPath))
        {
            File.Move(RecordPath, other.RecordPath, overwrite: true);
        }
        else
        {
            other.Delete();
        }
    }

    public void Delete()
    {
        if (File.Exists(RecordPath))
        {
            File.Delete(RecordPath);
        }
    }
}
