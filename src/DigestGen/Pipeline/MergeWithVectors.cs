using DigestGen.Compute.Embeddings;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>
/// Merge with grey-zone pairs settled by meaning, while merge never holds the model: merge runs and names the
/// grey-zone abstracts it had no vector for; the pipeline embeds those in one batch through the shared
/// <see cref="EmbeddingCache"/> and merges again, until merge asked about nothing it lacked. Most builds merge once
/// and embed nothing (the seeds have no grey-zone pair); one with grey-zone pairs merges twice, rarely more.
/// </summary>
internal static class MergeWithVectors
{
    public static MergeResult Run(IReadOnlyList<ParsedDump> dumps, MergeOptions options, ITextEmbedder? embedder, string cacheDirectory, Action<string> note)
    {
        var result = MergePapers.Run(dumps, options);
        if (embedder is null)
        {
            return result;
        }

        // Every pass embeds what the last one lacked, so each adds texts: the loop ends within as many passes as there are abstracts.
        var cache = new EmbeddingCache(cacheDirectory);
        var embedded = new SortedSet<string>(StringComparer.Ordinal);
        while (!embedded.IsSupersetOf(result.AbstractsWithoutVectors))
        {
            embedded.UnionWith(result.AbstractsWithoutVectors);
            string[] texts = [.. embedded];
            var vectors = cache.GetOrEmbed(embedder, texts, out var newlyEmbedded);
            note($"embedded {newlyEmbedded} new grey-zone abstracts for merge, {texts.Length - newlyEmbedded} from cache ({embedder.ModelId})");
            result = MergePapers.Run(dumps, options with { AbstractVectors = AbstractVectors.Of(texts, vectors) });
        }

        foreach (var cacheNote in cache.Notes)
        {
            note(cacheNote);
        }

        return result;
    }
}
