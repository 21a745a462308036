namespace DigestGen.Search.Lunr;

/// <summary>
/// One on-demand part of a split index: the packed terms from <paramref name="FirstTerm"/> on of one segment's
/// documents (see <see cref="IndexPartitioner"/>, <see cref="IndexSegments"/>).
/// </summary>
public sealed record IndexPart(int Segment, int Number, string FirstTerm, byte[] Json);
