using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search.Lunr;

namespace DigestGen.Search;

/// <summary>
/// Search stage: a lunr 2.3.9 index of the visible papers, byte-identical to what lunr.js would serialize, plus
/// the split form the search page actually loads.
/// <list type="bullet">
/// <item>search/index.json — the whole serialized lunr index (fields title^10, authors^5, abstract, topic; ref = paper id)</item>
/// <item>search/docs.json — id → title, url, authors, date, topic</item>
/// <item>search/manifest.json, parts/N.json, terms.json, refs.json, docs/N.json — the on-demand form</item>
/// </list>
/// </summary>
public static class BuildSearchIndex
{
    /// <summary>Target raw size of one index part: small enough that a query's parts stay a few tens of KB gzip.</summary>
    public const int PartBytes = 64 * 1024;

    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Run(Digest digest, IOutputSink sink)
    {
        var documents = SearchDocument.From(digest);
        var index = LunrIndexBuilder.Build(SearchFields.All, [.. documents.Select(SearchFields.ToLunr)]);
        sink.Add(new OutputFile("search/index.json", LunrJsonWriter.Whole(index)));
        sink.Add(new OutputFile("search/docs.json", DocumentStore.Json(documents)));

        var parts = IndexPartitioner.Split(index, PartBytes);
        foreach (var part in parts)
        {
            sink.Add(new OutputFile("search/" + PartFile(part.Number), part.Json));
        }

        var chunkCount = DocumentStore.ChunkCount(documents.Length);
        foreach (var chunk in documents.GroupBy(document => DocumentStore.ChunkOf(document.Id, chunkCount)))
        {
            sink.Add(new OutputFile($"search/docs/{chunk.Key.ToString(CultureInfo.InvariantCulture)}.json", DocumentStore.Json(chunk)));
        }

        sink.Add(new OutputFile("search/terms.json", LunrJsonWriter.Strings(index.TermsInOrder.Select(term => index.Terms[term]))));
        sink.Add(new OutputFile("search/refs.json", LunrJsonWriter.Strings(index.DocumentRefs)));

        var manifest = new SearchManifest(
            LunrJsonWriter.LunrVersion,
            [.. index.Fields.Select(field => field.Name)],
            index.SearchPipeline,
            documents.Length,
            [.. parts.Select(part => new SearchManifestPart(part.FirstTerm, PartFile(part.Number)))],
            "terms.json",
            "refs.json",
            chunkCount,
            "docs/");
        sink.Add(new OutputFile("search/manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, CompactJson)));
    }

    private static string PartFile(int number) => $"parts/{number.ToString(CultureInfo.InvariantCulture)}.json";
}
