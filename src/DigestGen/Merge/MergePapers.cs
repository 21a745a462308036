using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>Merge stage: one paper per real paper across all dumps, one author per person.</summary>
public static class MergePapers
{
    // Placeholder until merge lands (issue 2).
    public static MergeResult Run(IReadOnlyList<ParsedDump> dumps, MergeOptions options) => new([], [], []);
}
