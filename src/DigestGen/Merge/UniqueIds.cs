namespace DigestGen.Merge;

/// <summary>
/// Gives every item a distinct id from its own ladder of ever more specific candidates (a paper's title slug,
/// then slug and year, then slug and hash). All items that share a candidate climb together, so an id depends
/// only on the items that wanted the same one, never on input order; an item nobody else wants keeps its
/// first candidate whatever else comes and goes.
/// </summary>
internal static class UniqueIds
{
    /// <param name="ladders">
    /// Per item, at least one candidate, most readable first. Ladders are climbed lazily, so a costly rung (a
    /// hash) is only computed for items that get that far.
    /// </param>
    public static string[] Assign(IReadOnlyList<IEnumerable<string>> ladders)
    {
        var rungs = ladders.Select(ladder => ladder.GetEnumerator()).ToArray();
        var ids = rungs.Select(rung => rung.MoveNext() ? rung.Current : throw new ArgumentException("Every ladder needs a rung.", nameof(ladders))).ToArray();
        for (var climbed = true; climbed;)
        {
            climbed = false;
            var clashing = Enumerable.Range(0, ids.Length)
                .GroupBy(item => ids[item], StringComparer.Ordinal)
                .Where(sharers => sharers.Count() > 1)
                .SelectMany(sharers => sharers)
                .ToList();
            foreach (var item in clashing.Where(item => rungs[item].MoveNext()))
            {
                ids[item] = rungs[item].Current;
                climbed = true;
            }
        }

        foreach (var rung in rungs)
        {
            rung.Dispose();
        }

        return NumberRemainingTwins(ids);
    }

    /// <summary>
    /// Items whose ladders end alike are indistinguishable anyway: the later ones in input order get -2, -3….
    /// </summary>
    private static string[] NumberRemainingTwins(string[] ids)
    {
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var item = 0; item < ids.Length; item++)
        {
            holders.TryAdd(ids[item], item);
        }

        var given = holders.Keys.ToHashSet(StringComparer.Ordinal);
        var unique = new string[ids.Length];
        for (var item = 0; item < ids.Length; item++)
        {
            var id = ids[item];
            for (var number = 2; holders[ids[item]] != item && !given.Add(id); number++)
            {
                id = $"{ids[item]}-{number}";
            }

            unique[item] = id;
        }

        return unique;
    }
}
