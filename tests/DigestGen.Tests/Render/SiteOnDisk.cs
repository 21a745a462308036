using DigestGen.Output;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Render;

/// <summary>Writes a rendered site to a temporary folder for tools that read files (html-validate, the browser).</summary>
internal static class SiteOnDisk
{
    public static TempFolder Write(MemoryOutputSink sink)
    {
        var folder = new TempFolder();
        foreach (var file in sink.Files.Values)
        {
            var path = folder.Combine(file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return folder;
    }
}
