namespace DigestGen.Search.Lunr;

/// <summary>One on-demand part of a split index: a serialized lunr index holding the terms from <paramref name="FirstTerm"/> on.</summary>
public sealed record IndexPart(int Number, string FirstTerm, byte[] Json);
