using System.Collections.Immutable;
using DigestGen.Model;

namespace DigestGen.Curate;

/// <summary>The people of the digest and who wrote what, as author overrides change them.</summary>
internal sealed record AuthorList(ImmutableArray<Author> Authors, ImmutableArray<PaperAuthors> Papers);
