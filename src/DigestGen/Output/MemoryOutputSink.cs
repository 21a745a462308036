using System.Collections.Concurrent;

namespace DigestGen.Output;

/// <summary>Collects files in memory: for tests and for checks that never touch the disk.</summary>
public sealed class MemoryOutputSink : IOutputSink
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, OutputFile> Files => files;

    public void Add(OutputFile file)
    {
        if (!files.TryAdd(file.Path, file))
        {
            throw new InvalidOperationException($"Two stages produced the same output file '{file.Path}'.");
        }
    }

    public void AddStreamed(string path, Action<Stream> write)
    {
        using var content = new MemoryStream();
        write(content);
        Add(new OutputFile(path, content.ToArray()));
    }

    /// <summary>Nothing is there before the build: every file is added.</summary>
    public FileStamp? Keep(string path, string contentHash, FileStamp? published) => null;

    /// <summary>Nothing is published on disk.</summary>
    public FileStamp? PublishedStamp(string path) => null;

    public string ReadText(string path) => System.Text.Encoding.UTF8.GetString(files[path].Content);
}
