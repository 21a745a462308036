namespace DigestGen.Search.Lunr;

/// <summary>One indexed field and its lunr boost.</summary>
public sealed record LunrField(string Name, double Boost);
