using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search.Lunr;

namespace DigestGen.Search;

/// <summary>
/// Search stage: a lunr 2.3.9 index of the visible papers, byte-identical to what lunr.js would serialize, plus
/// the split form the search page actually loads.
/// <list type="bullet">
/// <item>search/index.json — the whole serialized lunr index (fields title^10, authors^5, abstract, topic; ref = paper id),
/// for sites of at most <see cref="ScaleLimits.LargeSitePapers"/> papers</item>
/// <item>search/docs.json — paper id → title, url, authors, date, topic, for the same sites as index.json</item>
/// <item>search/manifest.json and the files it describes — the on-demand form (see <see cref="SearchManifest"/>)</item>
/// </list>
/// </summary>
public static partial class BuildSearchIndex
{
    /// <summary>
    /// Target raw size of one index part: a part of rare terms costs about 7 KB gzip, a common term gets a part to
    /// itself, and 20,000 papers make about 700 parts (the manifest names each one's first term).
    /// </summary>
    public const int PartBytes = 24 * 1024;

    /// <summary>
    /// Result entries per docs/N.json chunk: the 20 results shown cost about 13 KB gzip (23 KB with 8 a chunk, 5 KB
    /// with one, at a file per paper); a quarter of a file per paper beside each paper's own page.
    /// </summary>
    public const int ChunkSize = 4;

    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = SearchJson.Default };

    public static void Run(Digest digest, IOutputSink sink) => Run(digest, sink, new ScaleLimits().LargeSitePapers);

    public static void Run(Digest digest, IOutputSink sink, int wholeIndexMaxPapers) => Run(digest, sink, wholeIndexMaxPapers, TermCountCache.None, SearchFiles.None);

    /// <param name="wholeIndexMaxPapers">
    /// The largest site that still gets search/index.json and search/docs.json (<see cref="ScaleLimits.LargeSitePapers"/>).
    /// No page loads them (the parts hold the same index); they are there for tools that want one lunr index. It grows
    /// by about 8 KB a paper: 170 MB at 20,000 papers, but 830 MB at 100,000, seconds of build time and most of GitHub
    /// Pages' 1 GB site limit, so larger sites go without it.
    /// </param>
    /// <param name="known">Each paper's terms as earlier builds found them (<see cref="TermCountCache"/>): only papers not there are tokenized.</param>
    /// <param name="published">The search files the last build published (<see cref="SearchFiles"/>): parts and result chunks that did not change are kept.</param>
    /// <returns>The term cache for the next build, or null when it holds what it holds already.</returns>
    public static CacheUpdate? Run(Digest digest, IOutputSink sink, int wholeIndexMaxPapers, TermCountCache known, SearchFiles published)
    {
        var documents = SearchDocument.From(digest);
        var (manifest, documentsInKeyOrder, termsUpdate) = WriteIndex(documents, sink, wholeIndexMaxPapers, known, published);
        published.Write(sink, new OutputFile("search/manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, CompactJson)));

        if (documents.Length <= wholeIndexMaxPapers)
        {
            // For tools, like index.json; the page reads docs/N.json. At 100,000 papers it would be 34 MB.
            sink.Add(new OutputFile("search/docs.json", DocumentStore.ById(documents)));
        }

        var byNumber = documentsInKeyOrder.Select(position => documents[position]).ToList();
        Parallel.ForEach(byNumber.Chunk(ChunkSize).Select((entries, number) => (entries, number)), chunk =>
            published.Write(sink, new OutputFile($"search/docs/{Number(chunk.number)}.json", DocumentStore.Chunk(chunk.entries))));

        return termsUpdate;
    }

    /// <summary>
    /// index.json, the parts, terms files and refs.json. The index, the stage's largest object, lives only in here and
    /// each part is written as soon as it is made, so neither is held while the rest is written; a segment whose parts
    /// are made from what they were made from last time keeps them as published (<see cref="SearchFiles"/>). The
    /// papers' terms are serialised for the next build (<see cref="TermCountCache"/>) as soon as the index has numbered them.
    /// </summary>
    private static (SearchManifest Manifest, ImmutableArray<int> DocumentsInKeyOrder, CacheUpdate? TermsUpdate) WriteIndex(
        ImmutableArray<SearchDocument> documents, IOutputSink sink, int wholeIndexMaxPapers, TermCountCache known, SearchFiles published)
    {
        var index = LunrIndexBuilder.Build(SearchFields.All, [.. documents.Select(SearchFields.ToLunr)], known);
        var termsUpdate = known.Update(index.Terms);
        if (documents.Length <= wholeIndexMaxPapers)
        {
            sink.AddStreamed("search/index.json", stream => LunrJsonWriter.Whole(index, stream));
        }

        var numbers = IndexPartitioner.DocumentNumbers(index);
        var segments = new List<ImmutableArray<string>>();
        foreach (var (segment, from, end) in IndexPartitioner.Segments(index))
        {
            string PartPath(int part) => $"search/parts/{Number(segment)}/{Number(part)}.json";
            var key = IndexPartitioner.SegmentKey(index, PartBytes, segment, from, end);
            if (published.KeptSegment(sink, segment, key, PartPath) is { } keptFirstTerms)
            {
                segments.Add(keptFirstTerms);
                continue;
            }

            var firstTerms = new List<string>();
            foreach (var part in IndexPartitioner.Split(index, PartBytes, numbers, segment, from, end))
            {
                published.Write(sink, new OutputFile(PartPath(part.Number), part.Json));
                firstTerms.Add(part.FirstTerm);
            }

            published.Made(segment, key, firstTerms);
            segments.Add([.. firstTerms]);
        }

        published.Write(sink, new OutputFile("search/refs.json", JsonSerializer.SerializeToUtf8Bytes(numbers, CompactJson)));

        // Every term, by length: a fuzzy term of length n with edit distance d only needs lengths n − d to n + d.
        var termsByLength = index.TermsInOrder.Select(term => index.Terms[term])
            .GroupBy(term => Math.Min(term.Length, SearchManifest.LongestTermLength))
            .OrderBy(group => group.Key)
            .ToList();
        foreach (var group in termsByLength)
        {
            published.Write(sink, new OutputFile($"search/terms/{Number(group.Key)}.json", LunrJsonWriter.Strings(group)));
        }

        var manifest = new SearchManifest(
            LunrJsonWriter.LunrVersion,
            [.. index.Fields.Select(field => field.Name)],
            [.. index.Fields.Select(field => field.Boost)],
            TextPipeline.SearchPipelineLabels,
            documents.Length,
            index.FieldLengthTotals(),
            ChunkSize,
            [.. segments],
            [.. termsByLength.Select(group => group.Key)]);
        return (manifest, index.DocumentsInKeyOrder, termsUpdate);
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    [JsonSerializable(typeof(SearchManifest))]
    [JsonSerializable(typeof(int[]))]
    private sealed partial class SearchJson : JsonSerializerContext;
}
