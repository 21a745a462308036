using DigestGen.Compute.Neighbours;

namespace DigestGen.Tests.Compute;

public sealed class NeighbourUpdateTests
{
    [Theory]
    [InlineData(200, 16, 5, 12)]
    [InlineData(60, 8, 3, 1)]
    [InlineData(300, 512, 5, 30)]
    [InlineData(90, 13, 4, 9)]
    [InlineData(400, 24, 5, 90)] // stale rows in several passes of NeighbourUpdate.StaleRowsPerPass
    public void Lists_updated_after_papers_are_added_changed_and_removed_equal_exact_lists_of_the_new_set(int count, int dimensions, int k, int added)
    {
        var yesterday = ExactNeighboursTests.RandomUnitVectors(count, dimensions, seed: count);
        var lists = ExactNeighbours.FindTopK(yesterday, k);

        // Tonight: rows 3 and 40 are gone, row 7 changed its vector, and new rows come last.
        int[] removed = [3, 40];
        var kept = Enumerable.Range(0, count).Where(row => !removed.Contains(row)).ToArray();
        var tonightRow = kept.Select((row, index) => (row, index)).ToDictionary(entry => entry.row, entry => entry.index);
        var fresh = ExactNeighboursTests.RandomUnitVectors(added + 1, dimensions, seed: count + 1);
        var tonight = kept.Select(row => row == 7 ? fresh[0] : yesterday[row]).Concat(fresh.Skip(1)).ToList();
        var previous = kept.Select(row => row == 7 ? null : lists.Indices[row].Select(j => tonightRow.GetValueOrDefault(j, -1)).ToArray())
            .Concat(Enumerable.Repeat<int[]?>(null, added)).ToList();

        var updated = NeighbourUpdate.Update(tonight, previous, k);
        var exact = ExactNeighbours.FindTopK(tonight, k);

        Assert.Equal(exact.Indices.Select(row => string.Join(' ', row)), updated.Indices.Select(row => string.Join(' ', row)));
        // Bit for bit: a nightly re-sorts lists a full build's scan made, and near-ties must come out in the scan's order.
        Assert.Equal(exact.Similarities.SelectMany(row => row), updated.Similarities.SelectMany(row => row));
    }

    [Fact]
    public void Rows_without_change_keep_their_lists_and_only_new_rows_are_compared_with_all()
    {
        float[] east = [1, 0], north = [0, 1], northEast = [0.8f, 0.6f];
        var updated = NeighbourUpdate.Update([east, north, northEast], [[1], [0], null], 1);

        Assert.Equal([[2], [2], [0]], updated.Indices);
    }
}
