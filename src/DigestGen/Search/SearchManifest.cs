using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigestGen.Search;

/// <summary>
/// search/manifest.json, all the page needs before its first query. Part <c>i</c> (search/parts/i.json) holds the
/// terms from <c>Parts[i]</c> up to the next part's first term. Beside it: terms.json (every term, for fuzzy and
/// leading-wildcard queries), refs.json (document numbers in index order, for queries made only of exclusions) and
/// docs/N.json (result entries, <see cref="ChunkSize"/> documents per chunk).
/// </summary>
public sealed record SearchManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("fields")] ImmutableArray<string> Fields,
    [property: JsonPropertyName("pipeline")] IReadOnlyList<string> Pipeline,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("chunkSize")] int ChunkSize,
    [property: JsonPropertyName("parts")] ImmutableArray<string> Parts);
