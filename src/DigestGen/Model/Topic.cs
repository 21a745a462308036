using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>A group of papers a reader can browse: learned by compute, or a dump category until then.</summary>
public sealed record Topic(
    string Id,
    string Label,
    ImmutableArray<string> Keywords,
    string? Description,
    ImmutableArray<string> PaperIds)
{
    public bool Hidden { get; init; }
}
