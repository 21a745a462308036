namespace DigestGen.Merge;

/// <summary>Union–find over the indices 0..count-1, with path halving; merge's only grouping structure.</summary>
internal sealed class DisjointSets
{
    private readonly int[] parent;

    public DisjointSets(int count) => parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    /// <summary>Joins the two sets. The root is always the smallest member, which makes <see cref="Sets"/> cheap to order.</summary>
    public void Union(int first, int second)
    {
        var (a, b) = (Find(first), Find(second));
        if (a != b)
        {
            parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    /// <summary>The sets as lists of members, each in ascending order, sets ordered by their smallest member.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Sets()
    {
        // Members are visited in ascending order, and a set's root is its smallest member: both orders come for free.
        var membersOfRoot = new List<int>?[parent.Length];
        var sets = new List<IReadOnlyList<int>>();
        for (var item = 0; item < parent.Length; item++)
        {
            var root = Find(item);
            if (membersOfRoot[root] is not { } members)
            {
                membersOfRoot[root] = members = [];
                sets.Add(members);
            }

            members.Add(item);
        }

        return sets;
    }
}
