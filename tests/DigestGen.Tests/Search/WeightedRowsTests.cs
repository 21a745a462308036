using DigestGen.Search.Lunr;

namespace DigestGen.Tests.Search;

public sealed class WeightedRowsTests
{
    // Three documents of two fields each (rows document * 2 + field), over terms 0-2. Read by term, each posting
    // lists its documents in the order given (here JavaScript's key order 2, 0, 1), each with that field's weight.
    [Fact]
    public void Field_vectors_read_by_term_list_documents_in_the_given_order_with_their_weights()
    {
        var vectors = new WeightedRows(
            starts: [0, 2, 3, 3, 4, 6, 7],
            columns: [0, 2, 1, 0, 0, 2, 1],
            values: [10, 12, 21, 30, 40, 42, 51]);

        var postings = vectors.Transposed(columnCount: 3, rowsPerGroup: 2, rowOrder: [2, 0, 1]);

        string Row(int term, int field) =>
            string.Join(" ", postings.Columns(term * 2 + field).ToArray().Zip(postings.Values(term * 2 + field).ToArray(), (document, weight) => $"{document}:{weight}"));

        Assert.Equal(6, postings.Count);
        Assert.Equal("2:40 0:10", Row(term: 0, field: 0));
        Assert.Equal("1:30", Row(term: 0, field: 1));
        Assert.Equal("", Row(term: 1, field: 0));
        Assert.Equal("2:51 0:21", Row(term: 1, field: 1));
        Assert.Equal("2:42 0:12", Row(term: 2, field: 0));
        Assert.Equal("", Row(term: 2, field: 1));
    }
}
