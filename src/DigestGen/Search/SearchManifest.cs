using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigestGen.Search;

/// <summary>
/// search/manifest.json: what the page needs before its first query. Part <c>i</c> holds the terms from
/// <c>Parts[i].First</c> up to the next part's first term; all paths are relative to the search/ folder.
/// </summary>
public sealed record SearchManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("fields")] ImmutableArray<string> Fields,
    [property: JsonPropertyName("pipeline")] IReadOnlyList<string> Pipeline,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("parts")] ImmutableArray<SearchManifestPart> Parts,
    [property: JsonPropertyName("terms")] string Terms,
    [property: JsonPropertyName("refs")] string Refs,
    [property: JsonPropertyName("docChunks")] int DocChunks,
    [property: JsonPropertyName("docChunkPrefix")] string DocChunkPrefix);

public sealed record SearchManifestPart(
    [property: JsonPropertyName("first")] string First,
    [property: JsonPropertyName("file")] string File);
