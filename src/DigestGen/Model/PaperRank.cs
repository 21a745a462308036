namespace DigestGen.Model;

/// <summary>What rank adds to one paper.</summary>
/// <param name="FirstSeen">The as-of date of the first build that saw this paper, kept across builds in the cache.</param>
public sealed record PaperRank(DateOnly FirstSeen, PaperLinks Links, TrendingScore Trending);
