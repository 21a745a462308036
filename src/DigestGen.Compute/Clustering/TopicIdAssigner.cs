using System.Text;

namespace DigestGen.Compute.Clustering;

/// <summary>A topic as a previous build published it: its id and its papers.</summary>
public sealed record PreviousTopic(string Id, IReadOnlyList<string> PaperIds);

/// <summary>
/// Gives topics readable ids that survive nightly rebuilds and refits: a new cluster inherits a previous topic's id
/// when most of that topic's papers (those still present) are in it, or when most of the cluster's papers come from
/// that topic (a refit that splits a topic, or moves a few of its papers elsewhere, leaves its id to the part that
/// is still that topic), so links to /topics/…/ and topic overrides keep working as papers come and go. The largest
/// overlaps are matched first, each id and cluster once. Other clusters get a slug of their label, made unique
/// against every id in use or used before.
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

        // A previous topic may claim each cluster holding a majority of its surviving papers or made mostly of them.
        var claims = previous
            .SelectMany(topic =>
            {
                var surviving = topic.PaperIds.Where(present.Contains).ToArray();
                return surviving.GroupBy(paper => clusterOf[paper])
                    .Select(group => (topic.Id, Cluster: group.Key, Overlap: group.Count()))
                    .Where(claim => claim.Overlap * 2 > surviving.Length || claim.Overlap * 2 > clusters[claim.Cluster].Count);
            })
            .OrderByDescending(claim => claim.Overlap)
            .ThenBy(claim => claim.Id, StringComparer.Ordinal)
            .ThenBy(claim => claim.Cluster);

        var ids = new string?[clusters.Count];
        var inherited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (ids[claim.Cluster] is null && inherited.Add(claim.Id))
            {
                ids[claim.Cluster] = claim.Id;
            }
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
