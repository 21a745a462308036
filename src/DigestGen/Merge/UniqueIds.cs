using System.Runtime.InteropServices;

namespace DigestGen.Merge;

/// <summary>
/// Gives every item a distinct id from its own ladder of ever more specific candidates (a paper's title slug,
/// then slug and year, then slug and hash). All items that share a candidate climb together, so an id depends
/// only on the items that wanted the same one, not on where they stand in the input; an item nobody else wants keeps
/// its first candidate whatever else comes and goes. Only items whose whole ladders are alike (true twins) are told
/// apart by input order, with -2, -3….
/// </summary>
internal static class UniqueIds
{
    /// <param name="ladders">
    /// Per item, at least one candidate, most readable first. Ladders are climbed lazily, so a costly rung (a
    /// hash) is only computed for items that get that far.
    /// </param>
    /// <param name="reserved">Ids that belong to others already (published papers): an item that wants one climbs on.</param>
    public static string[] Assign(IReadOnlyList<IEnumerable<string>> ladders, IReadOnlySet<string>? reserved = null)
    {
        reserved ??= new HashSet<string>(StringComparer.Ordinal);
        var rungs = ladders.Select(ladder => ladder.GetEnumerator()).ToArray();
        var ids = rungs.Select(rung => rung.MoveNext() ? rung.Current : throw new ArgumentException("Every ladder needs a rung.", nameof(ladders))).ToArray();
        for (var climbed = true; climbed;)
        {
            climbed = false;
            // Counted before anyone climbs: all who want an id this round climb together.
            var wanting = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(wanting, id, out _)++;
            }

            for (var item = 0; item < ids.Length; item++)
            {
                if ((wanting[ids[item]] > 1 || reserved.Contains(ids[item])) && rungs[item].MoveNext())
                {
                    ids[item] = rungs[item].Current;
                    climbed = true;
                }
            }
        }

        foreach (var rung in rungs)
        {
            rung.Dispose();
        }

        return NumberRemainingTwins(ids, reserved);
    }

    /// <summary>
    /// Items whose ladders end alike are indistinguishable anyway: the later ones in input order get -2, -3…, and so
    /// does an item whose last rung is reserved.
    /// </summary>
    private static string[] NumberRemainingTwins(string[] ids, IReadOnlySet<string> reserved)
    {
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var item = 0; item < ids.Length; item++)
        {
            holders.TryAdd(ids[item], item);
        }

        // Taken: every holder's id, every reserved one and every number given here; the first two are not copied
        // into one set, as a nightly's reserved ids are all of its 100,000 published papers'.
        var numbered = new HashSet<string>(StringComparer.Ordinal);
        bool Take(string id) => !holders.ContainsKey(id) && !reserved.Contains(id) && numbered.Add(id);
        var unique = new string[ids.Length];
        for (var item = 0; item < ids.Length; item++)
        {
            var id = ids[item];
            var mustNumber = holders[id] != item || reserved.Contains(id);
            for (var number = 2; mustNumber && !Take(id); number++)
            {
                id = $"{ids[item]}-{number}";
            }

            unique[item] = id;
        }

        return unique;
    }
}
