namespace DigestGen.Compute.Embeddings;

/// <summary>The embedder made for a build, with lines worth telling the user (e.g. the CPU fallback).</summary>
public sealed record EmbedderSelection(ITextEmbedder Embedder, IReadOnlyList<string> Notes);
