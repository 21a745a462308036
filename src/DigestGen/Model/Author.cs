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
    ProfileStats? Profile)
{
    /// <summary>
    /// Where each field came from (camelCase name → source): <c>name</c>, the first record whose author list has
    /// that spelling; <c>profile</c>, the profile page whose stats these are.
    /// </summary>
    public ImmutableSortedDictionary<string, SourceRef> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceRef>.Empty;

    /// <summary>
    /// Why spellings that the name alone could not join are one person, one line per join ("Jamie Simon = James B.
    /// Simon: nickname, shared co-authors Cengiz Pehlevan").
    /// </summary>
    public ImmutableArray<string> IdentityEvidence { get; init; } = [];
}
