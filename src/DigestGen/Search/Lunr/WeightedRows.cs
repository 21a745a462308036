using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Rows of (column, value) pairs in three flat arrays (compressed sparse rows): a row's pairs are
/// <c>Starts[row]</c> up to <c>Starts[row + 1]</c>. The values are how often a term occurs in a field, or lunr's BM25
/// scores in thousandths (the integer lunr rounds each score to, so <c>k / 1000.0</c> is the very double lunr stores).
/// A 100,000-paper index has 11 million pairs: as arrays per row (an object, an int[] and a double[] for each of
/// 400,000 field vectors and 2.4 million postings) they took about three times the memory.
/// </summary>
internal sealed class WeightedRows(int[] starts, int[] columns, int[] values)
{
    public int Count => starts.Length - 1;

    public int PairCount => columns.Length;

    /// <summary>Where the row's pairs start in the flat arrays.</summary>
    public int Start(int row) => starts[row];

    public ReadOnlySpan<int> Columns(int row) => columns.AsSpan(starts[row], starts[row + 1] - starts[row]);

    public ReadOnlySpan<int> Values(int row) => values.AsSpan(starts[row], starts[row + 1] - starts[row]);

    /// <summary>Takes rows <paramref name="first"/> up to <paramref name="end"/> into the hash: each row's length, then its pairs.</summary>
    public void AppendTo(IncrementalHash hash, int first, int end)
    {
        var lengths = new int[end - first];
        for (var row = first; row < end; row++)
        {
            lengths[row - first] = starts[row + 1] - starts[row];
        }

        hash.AppendData(MemoryMarshal.AsBytes(lengths.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(columns.AsSpan(starts[first], starts[end] - starts[first])));
        hash.AppendData(MemoryMarshal.AsBytes(values.AsSpan(starts[first], starts[end] - starts[first])));
    }

    /// <summary>The same rows and columns with other values (one per pair, in the same order).</summary>
    public WeightedRows WithValues(int[] otherValues) => new(starts, columns, otherValues);

    /// <summary>
    /// The same pairs by column: row c of the result lists the rows of this one that have column c, in the order
    /// <paramref name="rowOrder"/> gives rows, with their values. <paramref name="columnCount"/> is the number of
    /// columns, <paramref name="rowsPerGroup"/> how many consecutive rows share one place in <paramref name="rowOrder"/>
    /// (a document's field vectors): row r of this one is named in the result by r / rowsPerGroup, and its pairs go to
    /// result row column * rowsPerGroup + r % rowsPerGroup. Groups <paramref name="rowOrder"/> leaves out are left out.
    /// </summary>
    public WeightedRows Transposed(int columnCount, int rowsPerGroup, IReadOnlyList<int> rowOrder)
    {
        var resultStarts = new int[columnCount * rowsPerGroup + 1];
        var pairs = 0;
        foreach (var group in rowOrder)
        {
            for (var member = 0; member < rowsPerGroup; member++)
            {
                var rowColumns = Columns(group * rowsPerGroup + member);
                pairs += rowColumns.Length;
                foreach (var column in rowColumns)
                {
                    resultStarts[column * rowsPerGroup + member + 1]++;
                }
            }
        }

        for (var row = 0; row < columnCount * rowsPerGroup; row++)
        {
            resultStarts[row + 1] += resultStarts[row];
        }

        var next = resultStarts[..^1];
        var resultColumns = new int[pairs];
        var resultValues = new int[pairs];
        foreach (var group in rowOrder)
        {
            for (var member = 0; member < rowsPerGroup; member++)
            {
                var row = group * rowsPerGroup + member;
                var rowColumns = Columns(row);
                var rowValues = Values(row);
                for (var i = 0; i < rowColumns.Length; i++)
                {
                    var slot = next[rowColumns[i] * rowsPerGroup + member]++;
                    resultColumns[slot] = group;
                    resultValues[slot] = rowValues[i];
                }
            }
        }

        return new WeightedRows(resultStarts, resultColumns, resultValues);
    }
}
