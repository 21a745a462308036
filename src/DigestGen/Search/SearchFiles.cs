using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigestGen.Output;

namespace DigestGen.Search;

/// <summary>
/// The search files the last published build wrote, kept in the cache folder (<c>search-files.json</c>): each file's
/// hash (<see cref="ContentHash"/>) and stamp once published (<see cref="FileStamp"/>), and for each segment of parts
/// the key of what its parts are made from (<see cref="Lunr.IndexPartitioner.SegmentKey"/>) with their first terms.
/// A nightly build's settled segment has the key it had, so its parts (nine in ten of them at 100,000 papers) are kept
/// by their stamps instead of packed again and compared byte for byte, and a result chunk whose bytes hash as before is
/// kept by a stat instead of read back. A file moved or edited since it was published is read and hashed before it
/// is kept (<see cref="IOutputSink.Keep"/>), so a shared or stale record costs time, never wrong bytes. The only
/// reader and writer of search-files.json; a missing, corrupt, foreign or other code's file is no record.
/// </summary>
public sealed partial class SearchFiles
{
    public const string FileName = "search-files.json";

    private const string Format = "digestgen-search-files/1";

    /// <summary>Segment keys depend on how this code packs parts: another build's keys are not trusted.</summary>
    private static readonly string Code = typeof(SearchFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string? path;
    private readonly IReadOnlyDictionary<string, PublishedFile> previousFiles;
    private readonly ImmutableArray<RecordedSegment> previousSegments;
    private readonly ConcurrentDictionary<string, PublishedFile> tonight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, RecordedSegment> tonightSegments = new();

    private SearchFiles(string? path, IReadOnlyDictionary<string, PublishedFile> previousFiles, ImmutableArray<RecordedSegment> previousSegments)
    {
        this.path = path;
        this.previousFiles = previousFiles;
        this.previousSegments = previousSegments;
    }

    /// <summary>No record and none written: every file is made and compared.</summary>
    public static SearchFiles None => new(null, new Dictionary<string, PublishedFile>(), []);

    /// <summary>Segments whose parts were kept as published rather than packed again.</summary>
    public int SegmentsKept => tonightSegments.Count(segment => segment.Value.Kept);

    /// <summary>The record in <paramref name="cacheDirectory"/>, or an empty one (written there after the build) without one.</summary>
    public static SearchFiles Load(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return None;
        }

        var file = System.IO.Path.Combine(cacheDirectory, FileName);
        var (_, stored, _) = CacheFile.ReadJson(file, SearchFilesJson.Default.RecordFile);
        return stored is { Format: Format, Files: { } files, Segments: { } segments } && stored.Code == Code
            && files.All(entry => entry.Key is not null && entry.Value is { Hash: not null })
            && segments.All(segment => segment is { Key: not null, FirstTerms: not null } && segment.FirstTerms.All(term => term is not null))
            ? new SearchFiles(file, files, [.. segments])
            : new SearchFiles(file, new Dictionary<string, PublishedFile>(), []);
    }

    /// <summary>Adds the file, or keeps the published one when it hashes as this build's bytes do and still has its stamp.</summary>
    public void Write(IOutputSink sink, OutputFile file)
    {
        var hash = ContentHash.Of(file.Content);
        if (tonight.TryGetValue(file.Path, out var kept) && kept.Hash == hash)
        {
            return; // kept with its segment, which then had to be made after all (one of its parts was not there)
        }

        var stamp = previousFiles.TryGetValue(file.Path, out var published) && published.Hash == hash
            ? sink.Keep(file.Path, hash, published.Stamp)
            : null;
        if (stamp is null)
        {
            sink.Add(file);
        }

        tonight[file.Path] = new PublishedFile(hash, stamp);
    }

    /// <summary>
    /// The first terms of the segment's parts when the last build made them from what <paramref name="key"/> stands for
    /// and every one of them is kept as published; null when they must be made (and written through <see cref="Write"/>).
    /// </summary>
    public ImmutableArray<string>? KeptSegment(IOutputSink sink, int segment, string? key, Func<int, string> partPath)
    {
        if (key is null || segment >= previousSegments.Length || previousSegments[segment].Key != key)
        {
            return null;
        }

        var recorded = previousSegments[segment];
        for (var part = 0; part < recorded.FirstTerms.Count; part++)
        {
            var partFile = partPath(part);
            if (!previousFiles.TryGetValue(partFile, out var published) || sink.Keep(partFile, published.Hash, published.Stamp) is not { } stamp)
            {
                return null;
            }

            tonight[partFile] = new PublishedFile(published.Hash, stamp);
        }

        tonightSegments[segment] = recorded with { Kept = true };
        return [.. recorded.FirstTerms];
    }

    /// <summary>Remembers what the segment's parts, made tonight, were made from.</summary>
    public void Made(int segment, string? key, IReadOnlyList<string> firstTerms)
    {
        if (key is not null)
        {
            tonightSegments[segment] = new RecordedSegment(key, [.. firstTerms]);
        }
    }

    /// <summary>
    /// The record of tonight's files, written once the site is published, with each file written tonight stamped as
    /// <paramref name="publishedStamp"/> finds it; null without a cache folder.
    /// </summary>
    public CacheUpdate? Update(Func<string, FileStamp?> publishedStamp)
    {
        if (path is null)
        {
            return null;
        }

        var file = path;
        return new CacheUpdate(file, () =>
        {
            var files = new SortedDictionary<string, PublishedFile>(StringComparer.Ordinal);
            foreach (var (filePath, entry) in tonight)
            {
                files[filePath] = entry.Stamp is null ? entry with { Stamp = publishedStamp(filePath) } : entry;
            }

            // Segments are numbered from 0 without gaps; one not recorded (no key) ends the list, so no later one is trusted.
            var segments = new List<RecordedSegment>();
            while (tonightSegments.TryGetValue(segments.Count, out var segment))
            {
                segments.Add(segment with { Kept = false });
            }

            CacheFile.WriteJson(file, new RecordFile(Format, Code, files, segments), SearchFilesJson.Default.RecordFile);
        });
    }

    private sealed record PublishedFile(
        [property: JsonPropertyName("hash")] string Hash,
        [property: JsonPropertyName("stamp")] FileStamp? Stamp);

    private sealed record RecordedSegment(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("firstTerms")] List<string> FirstTerms)
    {
        [JsonIgnore]
        public bool Kept { get; init; }
    }

    private sealed record RecordFile(
        [property: JsonPropertyName("format")] string? Format,
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("files")] IReadOnlyDictionary<string, PublishedFile>? Files,
        [property: JsonPropertyName("segments")] List<RecordedSegment>? Segments);

    [JsonSerializable(typeof(RecordFile))]
    private sealed partial class SearchFilesJson : JsonSerializerContext;
}
