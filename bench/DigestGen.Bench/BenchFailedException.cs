namespace DigestGen.Bench;

/// <summary>A tool the benchmark ran failed; the message says which and shows its output.</summary>
internal sealed class BenchFailedException(string message) : Exception(message);
