namespace DigestGen.Search.Lunr;

/// <summary>One on-demand part of a split index: the packed terms from <paramref name="FirstTerm"/> on (see <see cref="IndexPartitioner"/>).</summary>
public sealed record IndexPart(int Number, string FirstTerm, byte[] Json);
