using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigestGen.Search;

/// <summary>
/// search/manifest.json, all the page needs before its first query. Part <c>i</c> of segment <c>s</c>
/// (search/parts/s/i.json) holds, for the documents of that segment (IndexSegments), the terms from
/// <c>Segments[s][i]</c> up to the next part's first term, packed (see PackedTerm). The page computes each weight as
/// lunr.Builder does, from a part's counts and field lengths and <see cref="Documents"/>, <see cref="Boosts"/> and
/// <see cref="FieldLengths"/> (each field's length summed over all documents). Beside it: terms/n.json
/// (every term of n UTF-16 units, for each n in <see cref="TermLengths"/>; the last also holds the longer ones), for
/// fuzzy and leading-wildcard queries; refs.json (document numbers in the order documents were added, for queries
/// made only of exclusions); and docs/N.json (result entries, <see cref="ChunkSize"/> documents per chunk).
/// </summary>
public sealed record SearchManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("fields")] ImmutableArray<string> Fields,
    [property: JsonPropertyName("boosts")] ImmutableArray<double> Boosts,
    [property: JsonPropertyName("pipeline")] IReadOnlyList<string> Pipeline,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("fieldLengths")] ImmutableArray<long> FieldLengths,
    [property: JsonPropertyName("chunkSize")] int ChunkSize,
    [property: JsonPropertyName("segments")] ImmutableArray<ImmutableArray<string>> Segments,
    [property: JsonPropertyName("termLengths")] ImmutableArray<int> TermLengths)
{
    /// <summary>Terms this long or longer share one terms file: few terms are, and a fuzzy query rarely wants them.</summary>
    public const int LongestTermLength = 20;
}
