namespace DigestGen.Compute.Embeddings.Tfjs;

/// <summary>A TF.js model folder that cannot be read or converted; the message names the file or node.</summary>
internal sealed class TfjsFormatException(string message) : Exception(message);
