using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>One person, however the dumps spelled them.</summary>
/// <param name="Name">The fullest spelling seen (e.g. "Dylan J Cutler" over "Dylan Cutler").</param>
/// <param name="Aliases">Every other spelling seen, sorted.</param>
public sealed record Author(
    string Id,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> PaperIds,
    ProfileStats? Profile);
