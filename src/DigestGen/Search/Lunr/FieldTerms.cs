namespace DigestGen.Search.Lunr;

/// <summary>
/// What the index keeps of one field's text: its distinct terms in the order they first occur, how often each occurs,
/// and the field's length (lunr counts a repeated term each time). Order of first occurrence is all the builder needs to
/// number terms as lunr does, so a field's terms can be kept between builds instead of its tokens (<see cref="TermCountCache"/>).
/// </summary>
internal sealed record FieldTerms(PipelineTerm[] Terms, int[] Counts, int Length)
{
    public static readonly FieldTerms Empty = new([], [], 0);
}
