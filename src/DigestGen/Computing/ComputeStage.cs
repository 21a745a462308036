using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Computing;

/// <summary>Compute stage: topics, related papers and near-duplicates (see src/DigestGen.Compute).</summary>
public static class ComputeStage
{
    // Placeholder until compute lands (issue 4): topics are the dumps' categories.
    public static ComputeResult Run(Digest digest, ComputeSettings settings)
    {
        var topics = digest.Papers
            .GroupBy(paper => paper.Category ?? "misc", StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new Topic(group.Key.ToLowerInvariant(), group.Key, [], null, [.. group.Select(paper => paper.Id)]))
            .ToImmutableArray();
        var papers = digest.Papers.Select(paper => paper with { TopicId = (paper.Category ?? "misc").ToLowerInvariant() }).ToImmutableArray();
        return new ComputeResult(digest with { Papers = papers, Topics = topics }, [], []);
    }
}
