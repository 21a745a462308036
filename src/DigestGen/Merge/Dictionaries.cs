namespace DigestGen.Merge;

/// <summary>Grouping by key in merge's hot loops, without a LINQ lookup per pass.</summary>
internal static class Dictionaries
{
    /// <summary>The value under <paramref name="key"/>, added empty when there is none.</summary>
    public static TValue GetOrAdd<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }
}
