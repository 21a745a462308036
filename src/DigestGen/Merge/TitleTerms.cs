using System.Collections.Frozen;

namespace DigestGen.Merge;

/// <summary>
/// The words of a title that say what a paper is about ("kernel", "regression", "spectral"): six letters or more,
/// less the words nearly every ML title has. Merge has no topics yet (compute makes them later, and merge never
/// calls it), so two people's shared title words stand in for shared topics as identity evidence.
/// </summary>
internal static class TitleTerms
{
    private const int ShortestTerm = 6;

    private static readonly FrozenSet<string> Common = FrozenSet.ToFrozenSet(
        ["learning", "models", "network", "networks", "neural", "language", "based", "towards", "through", "approach",
         "analysis", "efficient", "training", "system", "systems", "method", "methods", "using", "problem", "problems",
         "generation", "data", "large", "model", "framework", "robust", "improving", "application", "applications"],
        StringComparer.Ordinal);

    public static IEnumerable<string> Of(string title) =>
        TextFolding.Words(title).Where(word => word.Length >= ShortestTerm && word.All(char.IsLetter) && !Common.Contains(word));
}
