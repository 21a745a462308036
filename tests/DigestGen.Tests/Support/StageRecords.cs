using System.Collections.Immutable;
using DigestGen.Curate;
using DigestGen.Ingest;
using DigestGen.Model;
using DigestGen.Rank;

namespace DigestGen.Tests.Support;

/// <summary>
/// Runs curate and rank on a digest built by hand the way a test shows it (papers with their compute fields), by
/// taking it apart into the records merge and compute return and joining the results as the pipeline does.
/// </summary>
internal static class StageRecords
{
    /// <summary>Curate's result joined into a digest, with its problems.</summary>
    public sealed record Curated(Digest Digest, ImmutableArray<Diagnostic> Diagnostics, CurateResult Result);

    public static Curated Curate(Digest digest, IReadOnlyList<InputFile> overrideFiles, IReadOnlyDictionary<string, string>? formerIds = null)
    {
        var papers = digest.Papers.Select(Merged).ToImmutableArray();
        var placements = digest.Papers
            .Where(paper => paper.TopicId is not null)
            .Select(paper => new PaperPlacement(paper.Id, paper.TopicId!, paper.RelatedIds, paper.MapPoint ?? new MapPoint(0, 0)))
            .ToImmutableArray();
        var result = ApplyOverrides.Run(papers, placements, digest.Authors, digest.Topics, overrideFiles, formerIds);
        return new Curated(result.Join(digest.AsOf, papers, placements), result.Diagnostics, result);
    }

    /// <summary>The digest with rank's results on its papers, as the pipeline joins them.</summary>
    public static Digest Rank(Digest digest, ImmutableSortedDictionary<string, DateOnly> firstSeen) =>
        digest.Ranked(RankPapers.Run(digest, firstSeen).Ranks);

    /// <summary>What merge knows of a paper.</summary>
    public static MergedPaper Merged(Paper paper) => new()
    {
        Id = paper.Id,
        Title = paper.Title,
        Authors = paper.Authors,
        AuthorsTruncated = paper.AuthorsTruncated,
        AuthorIds = paper.AuthorIds,
        Abstract = paper.Abstract,
        Date = paper.Date,
        Category = paper.Category,
        Venue = paper.Venue,
        Score = paper.Score,
        HasCode = paper.HasCode,
        Org = paper.Org,
        TrendingRank = paper.TrendingRank,
        Sources = paper.Sources,
        FieldSources = paper.FieldSources,
    };

    /// <summary>A merged paper as the digest shows it when no later stage added anything.</summary>
    public static Paper Unplaced(MergedPaper paper) => Paper.Join(paper, null, PaperCuration.None, paper.AuthorIds, null, []);
}
