using DigestGen.Compute.Embeddings;
using DigestGen.Computing;
using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>
/// The embedding model, one per build, whose ONNX session opens only when a text must be embedded (a build whose
/// texts are all in the embedding cache never opens it): it embeds the grey-zone abstracts merge names (between merge passes,
/// <see cref="MergeWithVectors"/>) and the papers for compute (topics, related papers, map), both through the one
/// <see cref="EmbeddingCache"/>. When the built-in model cannot be opened the build goes on with text-only merging and
/// TF-IDF vectors, and <see cref="UnavailableReason"/> says why; when what the user asked for explicitly
/// (<c>--device cuda</c>, <c>--model</c>) cannot be had, <see cref="Failure"/> says so and the build stops.
/// </summary>
public sealed class EmbeddingSession : IDisposable
{
    private EmbeddingSession(ITextEmbedder? embedder, string? unavailableReason, IReadOnlyList<string> notes, Diagnostic? failure = null)
    {
        Embedder = embedder;
        UnavailableReason = unavailableReason;
        Notes = notes;
        Failure = failure;
    }

    public ITextEmbedder? Embedder { get; }

    public string? UnavailableReason { get; }

    /// <summary>An explicit request that cannot be met; silently falling back would hide it, so the build stops.</summary>
    public Diagnostic? Failure { get; }

    /// <summary>What opening the model reported (device chosen), for the build notes once the steps that embed have run.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>No model, for a run that must not touch the cache (<c>check</c>): merge judges by text alone.</summary>
    public static EmbeddingSession WithoutModel { get; } = new(null, "check runs without the model", []);

    public static EmbeddingSession Open(BuildSettings settings)
    {
        var options = new EmbedderOptions(
            settings.EffectiveCacheDirectory,
            settings.Device,
            EmbedderOptions.DefaultModelPackageDirectory(settings.NodeModules),
            settings.ModelPath,
            settings.VocabPath);
        try
        {
            var selection = EmbedderFactory.Create(options);
            return new EmbeddingSession(selection.Embedder, null, selection.Notes);
        }
        catch (EmbedderUnavailableException unavailable) when (IsExplicitRequest(settings))
        {
            return new EmbeddingSession(null, unavailable.Message, [], new Diagnostic(
                Severity.Error, DiagnosticCodes.EmbeddingsRequestUnmet, "command line", 0, unavailable.Message,
                "nothing was built; fix the option, or leave out --device cuda/--model to use the built-in model on the CPU"));
        }
        catch (EmbedderUnavailableException unavailable)
        {
            return new EmbeddingSession(null, unavailable.Message, []);
        }
    }

    private static bool IsExplicitRequest(BuildSettings settings) =>
        settings.ModelPath is not null || settings.VocabPath is not null
        || string.Equals(settings.Device.Trim(), "cuda", StringComparison.OrdinalIgnoreCase);

    public ComputeSettings ComputeSettings(BuildSettings settings) =>
        new(settings.EffectiveCacheDirectory, settings.Device)
        {
            Embedder = Embedder,
            EmbedderUnavailableReason = UnavailableReason,
            Refit = settings.Refit,
        };

    public void Dispose() => Embedder?.Dispose();
}
