namespace DigestGen.Model;

/// <summary>
/// Where a reader goes from a paper's page: the paper itself and its code. Every URL is http or https
/// (<see cref="UrlPolicy.IsWebAddress"/>).
/// </summary>
/// <param name="ArxivId">The arXiv identifier when a dump named one (e.g. 2305.12345), else null.</param>
/// <param name="PaperUrl">The arXiv abstract page, or an arXiv title search when no identifier is known.</param>
/// <param name="PdfUrl">The arXiv PDF, only when the identifier is known.</param>
/// <param name="CodeUrl">The code: an override's or a GitHub/GitLab URL from the abstract, or a code search for the title when the listing only said "Code"; null when nothing points to code.</param>
/// <param name="CodeIsSearch">Whether <paramref name="CodeUrl"/> is a search rather than the repository itself.</param>
public sealed record PaperLinks(string? ArxivId, string PaperUrl, string? PdfUrl, string? CodeUrl, bool CodeIsSearch);
