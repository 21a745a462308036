namespace DigestGen.Compute.Neighbours;

/// <summary>The k best (similarity, index) pairs seen so far, as a min-heap so the weakest is dropped in O(log k).</summary>
internal sealed class TopKHeap(int capacity)
{
    private readonly float[] similarities = new float[capacity];
    private readonly int[] indices = new int[capacity];
    private int count;

    /// <summary>One heap per item, each keeping up to k of the other items.</summary>
    public static TopKHeap[] ForEach(int count, int k) => [.. Enumerable.Range(0, count).Select(_ => new TopKHeap(Math.Max(0, Math.Min(k, count - 1))))];

    /// <summary>The heaps' contents as lists, heap r holding the neighbours of item <paramref name="itemOfHeap"/>[r].</summary>
    public static NeighbourLists ToLists(TopKHeap[] heaps, int[] itemOfHeap)
    {
        var indices = new int[heaps.Length][];
        var similarities = new float[heaps.Length][];
        for (var r = 0; r < heaps.Length; r++)
        {
            (indices[itemOfHeap[r]], similarities[itemOfHeap[r]]) = heaps[r].ToSorted();
        }

        return new NeighbourLists(indices, similarities);
    }

    /// <summary>A candidate must beat this to enter; -∞ until the heap is full.</summary>
    public float Threshold => count < capacity ? float.NegativeInfinity : similarities[0];

    public void Offer(float similarity, int index)
    {
        if (capacity == 0)
        {
            return;
        }

        if (count < capacity)
        {
            similarities[count] = similarity;
            indices[count] = index;
            SiftUp(count++);
        }
        else if (Beats(similarity, index, similarities[0], indices[0]))
        {
            similarities[0] = similarity;
            indices[0] = index;
            SiftDown(0);
        }
    }

    /// <summary>The kept pairs, most similar first, ties by lower index.</summary>
    public (int[] Indices, float[] Similarities) ToSorted()
    {
        var order = Enumerable.Range(0, count)
            .OrderByDescending(slot => similarities[slot])
            .ThenBy(slot => indices[slot])
            .ToArray();
        return (order.Select(slot => indices[slot]).ToArray(), order.Select(slot => similarities[slot]).ToArray());
    }

    /// <summary>Higher similarity wins; on a tie the lower index wins, so results do not depend on scan order.</summary>
    private static bool Beats(float similarity, int index, float otherSimilarity, int otherIndex) =>
        similarity > otherSimilarity || (similarity == otherSimilarity && index < otherIndex);

    private void SiftUp(int slot)
    {
        while (slot > 0)
        {
            var parent = (slot - 1) / 2;
            if (!Beats(similarities[parent], indices[parent], similarities[slot], indices[slot]))
            {
                return;
            }

            Swap(slot, parent);
            slot = parent;
        }
    }

    private void SiftDown(int slot)
    {
        while (true)
        {
            var weakest = slot;
            foreach (var child in (ReadOnlySpan<int>)[(2 * slot) + 1, (2 * slot) + 2])
            {
                if (child < count && Beats(similarities[weakest], indices[weakest], similarities[child], indices[child]))
                {
                    weakest = child;
                }
            }

            if (weakest == slot)
            {
                return;
            }

            Swap(slot, weakest);
            slot = weakest;
        }
    }

    private void Swap(int a, int b)
    {
        (similarities[a], similarities[b]) = (similarities[b], similarities[a]);
        (indices[a], indices[b]) = (indices[b], indices[a]);
    }
}
