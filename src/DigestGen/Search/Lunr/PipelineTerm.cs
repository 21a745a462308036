namespace DigestGen.Search.Lunr;

/// <summary>
/// One distinct index term, shared by every token that becomes it, so numbering terms needs no second lookup.
/// <see cref="Number"/> is lunr's <c>_index</c>, set by the builder when the term first appears (−1 until then).
/// </summary>
internal sealed class PipelineTerm(string text)
{
    public string Text { get; } = text;

    public int Number { get; set; } = -1;
}
