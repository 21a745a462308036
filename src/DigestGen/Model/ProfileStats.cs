namespace DigestGen.Model;

/// <summary>The stats header of an author profile page (values the dump did not give are null).</summary>
public sealed record ProfileStats(
    string Name,
    string? Category,
    int? HIndex,
    int? PaperCount,
    int? Citations,
    int? NoveltyPercent,
    int? AiScore);
