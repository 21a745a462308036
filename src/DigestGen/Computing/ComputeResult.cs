using System.Collections.Immutable;
using DigestGen.Model;
using DigestGen.Output;

namespace DigestGen.Computing;

/// <summary>What compute adds: each paper's placement (in the merged papers' order) and the topics.</summary>
public sealed record ComputeResult(ImmutableArray<PaperPlacement> Placements, ImmutableArray<Topic> Topics, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Notes)
{
    /// <summary>What the topic history should say once this build is published (<see cref="TopicHistory.Save"/>); null without topics.</summary>
    internal TopicMemory? TopicMemory { get; init; }

    /// <summary>The cache files compute wants rewritten (topic centroids) once the build is published.</summary>
    public ImmutableArray<CacheUpdate> CacheUpdates { get; init; } = [];
}
