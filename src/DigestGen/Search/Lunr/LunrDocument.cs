using System.Collections.Immutable;

namespace DigestGen.Search.Lunr;

/// <summary>A document as lunr sees it: its ref and one text per field (null for an absent field).</summary>
public sealed record LunrDocument(string Ref, ImmutableArray<string?> FieldTexts);
