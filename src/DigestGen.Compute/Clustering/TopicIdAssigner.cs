using System.Text;

namespace DigestGen.Compute.Clustering;

/// <summary>A topic as a previous build published it: its id and its papers.</summary>
public sealed record PreviousTopic(string Id, IReadOnlyList<string> PaperIds);

/// <summary>
/// Gives topics readable ids that survive nightly rebuilds: a new cluster inherits a previous topic's id when most
/// of that topic's papers (those still present) are in it, so links to /topics/…/ keep working as papers come and
/// go. Other clusters get a slug of their label, made unique against every id in use or used before.
/// </summary>
internal static class TopicIdAssigner
{
    public static string[] Assign(IReadOnlyList<IReadOnlyList<string>> clusters, IReadOnlyList<string> labels, IReadOnlyList<PreviousTopic> previous)
    {
        var present = clusters.SelectMany(members => members).ToHashSet(StringComparer.Ordinal);
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var paper in clusters[c])
            {
                clusterOf[paper] = c;
            }
        }

        // Each previous topic names the cluster holding most of its surviving papers, if that is a majority.
        var claims = previous
            .Select(topic =>
            {
                var surviving = topic.PaperIds.Where(present.Contains).ToArray();
                var best = surviving.GroupBy(paper => clusterOf[paper]).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).FirstOrDefault();
                return (topic.Id, Cluster: best?.Key ?? -1, Overlap: best?.Count() ?? 0, Surviving: surviving.Length);
            })
            .Where(claim => claim.Overlap * 2 > claim.Surviving)
            .OrderByDescending(claim => claim.Overlap)
            .ThenBy(claim => claim.Id, StringComparer.Ordinal);

        var ids = new string?[clusters.Count];
        foreach (var claim in claims)
        {
            ids[claim.Cluster] ??= claim.Id;
        }

        var taken = previous.Select(topic => topic.Id).Concat(ids.OfType<string>()).ToHashSet(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            if (ids[c] is null)
            {
                var slug = Slug(labels[c]);
                var unique = slug;
                for (var suffix = 2; !taken.Add(unique); suffix++)
                {
                    unique = $"{slug}-{suffix}";
                }

                ids[c] = unique;
            }
        }

        return ids!;
    }

    /// <summary>Like paper ids: long enough to read, short enough for any file system (a name may be 255 bytes).</summary>
    public const int MaxSlugLength = 80;

    /// <summary>"Reinforcement Learning, Reward" → "reinforcement-learning-reward"; letters beyond ASCII are kept.</summary>
    public static string Slug(string label)
    {
        var slug = new StringBuilder();
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && c != '\'')
            {
                slug.Append('-');
            }
        }

        // A label made of a scraped run-on word must still give a file name the file system accepts.
        var text = slug.ToString().Trim('-');
        text = text.Length > MaxSlugLength ? text[..MaxSlugLength].TrimEnd('-') : text;
        return text.Length == 0 ? "topic" : text;
    }
}
