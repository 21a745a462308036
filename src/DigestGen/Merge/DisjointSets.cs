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
    public IReadOnlyList<IReadOnlyList<int>> Sets() =>
        Enumerable.Range(0, parent.Length)
            .GroupBy(Find)
            .OrderBy(set => set.Key)
            .Select(set => (IReadOnlyList<int>)set.Order().ToList())
            .ToList();
}
