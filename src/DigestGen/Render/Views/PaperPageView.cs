using System.Collections.Immutable;
using DigestGen.Render.Templates;

namespace DigestGen.Render.Views;

/// <summary>Everything the paper page shows. Abstract and editor's note are trusted HTML built by C# with all text escaped.</summary>
public sealed record PaperPageView(
    PaperCard Card,
    ImmutableArray<LinkView> Authors,
    bool AuthorsTruncated,
    LinkView? Day,
    string? Org,
    LinksView? Links,
    TrustedHtml Abstract,
    bool HasAbstract,
    ImmutableArray<SourceView> Sources,
    ImmutableArray<PaperCard> Related,
    TrustedHtml EditorNote,
    bool Edited,
    ImmutableArray<string> EditedBy);

/// <summary>One dump record a paper was merged from.</summary>
public sealed record SourceView(string File, string Shape, int Line, ImmutableArray<string> Fields);

/// <summary>Links out of the site to the paper (http or https only): arXiv's abstract page or a title search, and the PDF. The code link is the card's.</summary>
public sealed record LinksView(string PaperUrl, string PaperLabel, string? PdfUrl);
