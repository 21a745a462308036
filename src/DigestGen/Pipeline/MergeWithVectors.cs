using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Merge;
using DigestGen.Model;

namespace DigestGen.Pipeline;

/// <summary>
/// Merge with grey-zone pairs settled by meaning, while merge never holds the model: merge groups the records into
/// papers and names the grey-zone abstracts it had no vector for; the pipeline embeds those in one batch through the
/// <see cref="EmbeddingCache"/> (its own file, <see cref="EmbeddingCache.AbstractsFolder"/>) and groups again, until grouping asked about nothing it lacked. Only the
/// grouping is repeated (<see cref="PaperGroups"/>): titles, fingerprints, ids and authors are made once. Most builds
/// group once and embed nothing (the seeds have no grey-zone pair); one with grey-zone pairs groups twice, rarely more.
/// </summary>
internal static class MergeWithVectors
{
    /// <param name="steps">Times merge's parts (records, groups, fields, ids, authors) for the build log.</param>
    /// <param name="matchKeys">Each dump's title keys and fingerprints as earlier builds made them, or null to make them all.</param>
    public static MergeResult Run(IReadOnlyList<ParsedDump> dumps, MergeOptions options, ITextEmbedder? embedder, string cacheDirectory, Action<string> note, StepTimer steps, MatchKeyCache? matchKeys = null)
    {
        var records = steps.Time("records", () => MergeRecords.Of(dumps, matchKeys));
        var groups = steps.Time("groups", () => PaperGroups.Build(records, options));
        if (embedder is null)
        {
            return MergePapers.Run(records, groups, options, steps.Time);
        }

        // Every pass embeds what the last one lacked, so each adds texts: the loop ends within as many passes as there are abstracts.
        var cache = new EmbeddingCache(cacheDirectory, EmbeddingCache.AbstractsFolder);
        var embedded = new SortedSet<string>(StringComparer.Ordinal);
        while (!embedded.IsSupersetOf(groups.AbstractsWithoutVectors))
        {
            embedded.UnionWith(groups.AbstractsWithoutVectors);
            string[] texts = [.. embedded];
            var vectors = cache.GetOrEmbed(embedder, texts, out var newlyEmbedded);
            note($"embedded {newlyEmbedded} new grey-zone abstracts for merge, {texts.Length - newlyEmbedded} from cache ({embedder.ModelId})");
            options = options with { AbstractVectors = AbstractVectors.Of(texts, vectors) };
            groups = steps.Time("groups again", () => PaperGroups.Build(records, options));
        }

        foreach (var cacheNote in cache.Notes)
        {
            note(cacheNote);
        }

        return MergePapers.Run(records, groups, options, steps.Time);
    }
}
