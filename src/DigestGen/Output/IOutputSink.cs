namespace DigestGen.Output;

/// <summary>Where stages hand finished files. Thread-safe, so rendering can run in parallel.</summary>
public interface IOutputSink
{
    void Add(OutputFile file);

    /// <summary>
    /// A file too big to hold in memory twice (a 100,000-paper site's papers.json is 300 MB): <paramref name="write"/>
    /// streams its bytes, with the same write-if-changed rule as <see cref="Add"/>.
    /// </summary>
    void AddStreamed(string path, Action<Stream> write);

    /// <summary>
    /// Keeps the file already at <paramref name="path"/> as this build's, without its bytes, when it still has the
    /// stamp it was <paramref name="published"/> with (<see cref="FileStamp"/>: not read at all) or else hashes to
    /// <paramref name="contentHash"/> (<see cref="ContentHash"/>). Returns the kept file's stamp; null when there is
    /// no such file, and the caller must <see cref="Add"/> it.
    /// </summary>
    FileStamp? Keep(string path, string contentHash, FileStamp? published);

    /// <summary>The stamp of a file of this build once it is published (after the build finished), or null.</summary>
    FileStamp? PublishedStamp(string path);
}
