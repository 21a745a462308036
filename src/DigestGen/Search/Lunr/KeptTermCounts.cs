namespace DigestGen.Search.Lunr;

/// <summary>
/// The first <see cref="Documents"/> documents' field terms as the last build's index numbered them (<see cref="TermCountCache"/>),
/// in the index's own shape: rows <c>document * fields + field</c> from <see cref="Starts"/>, each row's term numbers
/// ascending with their counts (pairs 0 up to <c>Starts[^1]</c> of <see cref="Columns"/> and <see cref="Counts"/>), each row's length, and <see cref="Terms"/>, the texts of the terms they use (numbers
/// 0 up to its count: lunr numbers terms by first appearance, so these documents' terms are exactly the first ones).
/// </summary>
internal sealed record KeptTermCounts(int Documents, IReadOnlyList<string> Terms, int[] Starts, int[] Columns, int[] Counts, int[] FieldLengths)
{
    public static readonly KeptTermCounts None = new(0, [], [0], [], [], []);
}
