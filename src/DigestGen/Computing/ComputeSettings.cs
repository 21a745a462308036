namespace DigestGen.Computing;

/// <summary>How the compute stage runs: where its cache lives and which device embeds.</summary>
public sealed record ComputeSettings(string CacheDirectory, string Device = "auto", string? ModelPath = null, string? VocabPath = null);
