namespace DigestGen.Output;

/// <summary>
/// A cache file a stage wants written, handed back instead of written: the pipeline writes every one together, and
/// only once the site is published, so a failed build or a <c>check</c> leaves the cache as it was.
/// </summary>
/// <param name="Path">The file the update writes (or deletes), for messages and tests.</param>
/// <param name="Write">Writes it, through <see cref="CacheFile"/>.</param>
public sealed record CacheUpdate(string Path, Action Write);
