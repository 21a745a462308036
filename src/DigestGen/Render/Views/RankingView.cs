using System.Collections.Immutable;

namespace DigestGen.Render.Views;

/// <summary>
/// /about/ranking/: the trending formula, one row per factor with its rule in words, and a worked example — the
/// top trending paper of this build with each factor's points.
/// </summary>
public sealed record RankingView(ImmutableArray<FactorView> Factors, PaperCard? Example, ImmutableArray<FactorView> ExampleParts, string? ExampleTotal, int TrendingCount);

/// <summary>One factor of the formula: its name, the rule or fact, and the points.</summary>
public sealed record FactorView(string Name, string Rule, string Points);
