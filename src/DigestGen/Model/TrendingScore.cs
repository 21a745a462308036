using System.Collections.Immutable;

namespace DigestGen.Model;

/// <summary>
/// A paper's trending score and how it was reached: the sum of <see cref="Parts"/>, each a factor of the published
/// formula (docs/ranking.md, /about/ranking/). <see cref="IsTrending"/> says whether any reader signal (a place
/// on a trending list or a reader score) backs it; only those papers are listed as trending.
/// </summary>
public sealed record TrendingScore(double Total, bool IsTrending, ImmutableArray<ScorePart> Parts);

/// <summary>One factor of a trending score: which factor, the fact behind it ("#3 on a trending list") and its points.</summary>
public sealed record ScorePart(string Factor, string Fact, double Points);
