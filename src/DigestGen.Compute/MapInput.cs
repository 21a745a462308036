namespace DigestGen.Compute;

/// <summary>The papers to map, each by position in every list.</summary>
/// <param name="Keys">Each paper's stable id: what topic ids are matched on from one build to the next.</param>
/// <param name="Texts">What each paper is about (title and abstract): topic labels, TF-IDF and near-duplicates read it.</param>
/// <param name="Embeddings">Each paper's embedding; null when there is no model, and TF-IDF vectors stand in.</param>
/// <param name="EmbeddingModel">The model the embeddings came from (<see cref="Embeddings.ITextEmbedder.ModelId"/>); null without embeddings.</param>
public sealed record MapInput(IReadOnlyList<string> Keys, IReadOnlyList<string> Texts, IReadOnlyList<float[]>? Embeddings, string? EmbeddingModel);
