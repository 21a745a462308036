using System.Collections.Immutable;

namespace DigestGen.Render.Views;

/// <summary>The scripts the search page loads, in order: lunr.js and the index reader (from the search stage), then search.js.</summary>
public sealed record SearchView(ImmutableArray<string> Scripts);
