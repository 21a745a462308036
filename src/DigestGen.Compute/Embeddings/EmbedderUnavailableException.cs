namespace DigestGen.Compute.Embeddings;

/// <summary>No embedder can be made as asked (device not available, model missing or unreadable). The message is
/// written for the user: what is wrong and what to do.</summary>
public sealed class EmbedderUnavailableException : Exception
{
    public EmbedderUnavailableException(string message)
        : base(message)
    {
    }

    public EmbedderUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
