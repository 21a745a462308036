using System.Globalization;
using DigestGen.Compute.Embeddings;
using DigestGen.Model;

namespace DigestGen.Computing;

/// <summary>
/// The vectors step, between ingest and merge: embeds every record's abstract in one batch through the shared
/// <see cref="EmbeddingCache"/>, so merge can settle grey-zone pairs by meaning without ever holding the model.
/// </summary>
public static class MergeVectors
{
    /// <summary>The abstracts' vectors and a note for the build log; <see cref="TextVectors.None"/> without a model.</summary>
    public static (TextVectors Vectors, IReadOnlyList<string> Notes) Embed(IEnumerable<ParsedDump> dumps, ITextEmbedder? embedder, string cacheDirectory)
    {
        if (embedder is null)
        {
            return (TextVectors.None, []);
        }

        var cache = new EmbeddingCache(cacheDirectory);
        var abstracts = dumps
            .SelectMany(dump => dump.Records)
            .Select(record => record.Abstract)
            .OfType<string>()
            .Where(text => !string.IsNullOrWhiteSpace(text));
        var vectors = TextVectors.GetOrEmbed(cache, embedder, abstracts, out var newlyEmbedded);
        var note = string.Create(CultureInfo.InvariantCulture, $"embedded {newlyEmbedded} new abstracts for merge, {vectors.Count - newlyEmbedded} from cache ({embedder.ModelId})");
        return (vectors, [note, .. cache.Notes]);
    }
}
