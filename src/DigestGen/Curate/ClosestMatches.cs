namespace DigestGen.Curate;

/// <summary>"Did you mean …?": the candidates nearest a mistyped name by edit distance, ignoring case.</summary>
internal static class ClosestMatches
{
    /// <summary>
    /// Up to <paramref name="limit"/> candidates within a quarter of the query's length in edits (at least
    /// <paramref name="minimumDistance"/>, but never a complete rewrite), nearest first, ties in ordinal order.
    /// Candidates that start with a long enough query count too, so a shortened paper id still finds its paper.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> candidates, string query, int limit = 3, int minimumDistance = 2)
    {
        var needle = query.Trim().ToLowerInvariant();
        var allowed = Math.Max(minimumDistance, needle.Length / 4);
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(needle, candidate.ToLowerInvariant(), allowed)))
            .Where(match => (match.Distance <= allowed && match.Distance < needle.Length) ||
                            (needle.Length >= 8 && match.Candidate.StartsWith(needle, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(match => match.Distance)
            .ThenBy(match => match.Candidate, StringComparer.Ordinal)
            .Take(limit)
            .Select(match => match.Candidate)
            .ToList();
    }

    /// <summary>Levenshtein distance, giving up (returning <c>cap + 1</c>) once every path costs more than <paramref name="cap"/>.</summary>
    public static int Distance(string a, string b, int cap = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowBest = Math.Min(rowBest, current[j]);
            }

            if (rowBest > cap)
            {
                return cap + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
