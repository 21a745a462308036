using DigestGen.Compute.Embeddings;
using DigestGen.Compute.NearDuplicates;
using DigestGen.Merge;
using DigestGen.Pipeline;

namespace DigestGen.Computing;

/// <summary>
/// The embedding model, opened once per build and shared by merge (near-duplicate checks) and compute (topics,
/// related papers, map). When it cannot be opened the build goes on with text-only merging and TF-IDF vectors,
/// and <see cref="UnavailableReason"/> says why.
/// </summary>
public sealed class EmbeddingSession : IDisposable
{
    private EmbeddingSession(ITextEmbedder? embedder, string? unavailableReason, IReadOnlyList<string> notes)
    {
        Embedder = embedder;
        UnavailableReason = unavailableReason;
        Notes = notes;
    }

    public ITextEmbedder? Embedder { get; }

    public string? UnavailableReason { get; }

    /// <summary>What opening the model reported (device chosen, conversion cached), for the build notes.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Merge's options: semantic similarity from this model when there is one.</summary>
    public MergeOptions MergeOptions => Embedder is { } embedder ? new MergeOptions(new SemanticSimilarity(embedder).Cosine) : MergeOptions.TextOnly;

    public static EmbeddingSession Open(BuildSettings settings)
    {
        var options = new EmbedderOptions(
            settings.EffectiveCacheDirectory,
            settings.Device,
            Path.Combine(settings.NodeModulesDirectory, "@energetic-ai", "model-embeddings-en"),
            settings.ModelPath,
            settings.VocabPath);
        try
        {
            var selection = EmbedderFactory.Create(options);
            return new EmbeddingSession(selection.Embedder, null, selection.Notes);
        }
        catch (EmbedderUnavailableException unavailable)
        {
            return new EmbeddingSession(null, unavailable.Message, []);
        }
    }

    public ComputeSettings ComputeSettings(BuildSettings settings) =>
        new(settings.EffectiveCacheDirectory, settings.Device, settings.ModelPath, settings.VocabPath)
        {
            Embedder = Embedder,
            EmbedderUnavailableReason = UnavailableReason,
        };

    public void Dispose() => Embedder?.Dispose();
}
