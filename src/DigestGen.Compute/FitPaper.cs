namespace DigestGen.Compute;

/// <summary>One paper of a fit: the hash of its text, its topic, whether the fit placed it (or a build since), and its related papers' keys.</summary>
internal sealed record FitPaper(string Text, int Topic, bool Fitted, IReadOnlyList<string> Related);
