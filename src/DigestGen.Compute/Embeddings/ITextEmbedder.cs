namespace DigestGen.Compute.Embeddings;

/// <summary>Turns texts into unit-length vectors. Implementations own their native resources (ONNX sessions).</summary>
public interface ITextEmbedder : IDisposable
{
    /// <summary>Identifies model and settings; part of every cache key, so changing it re-embeds.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One L2-normalised vector per text, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
