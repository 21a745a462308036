using System.Collections.Immutable;
using DigestGen.Render.Templates;

namespace DigestGen.Render.Views;

/// <summary>An author's page: profile stats where a dump gave them, papers by year, co-authors and activity.</summary>
public sealed record AuthorPageView(
    string Name,
    ImmutableArray<string> Aliases,
    int PaperCount,
    ImmutableArray<StatView> Stats,
    ImmutableArray<YearGroup> Years,
    ImmutableArray<CoAuthorView> CoAuthors,
    ImmutableArray<LinkView> Topics,
    TrustedHtml Activity,
    string? FeedUrl);

/// <summary>A profile figure as the author's profile page gave it, and what it means in plain words.</summary>
public sealed record StatView(string Label, string Value, string Meaning);

public sealed record YearGroup(string Label, ImmutableArray<PaperCard> Papers);

public sealed record CoAuthorView(string Name, string Url, int SharedPapers);
