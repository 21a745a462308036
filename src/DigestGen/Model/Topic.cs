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

    /// <summary>The broad area the topic belongs to; null for topics not learned by compute (dump categories).</summary>
    public TopicArea? Area { get; init; }
}

/// <summary>A broad area of related topics: an anchor on the topics index (<paramref name="Id"/>) and its label.</summary>
public sealed record TopicArea(string Id, string Label);
