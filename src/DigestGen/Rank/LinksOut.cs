using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Rank;

/// <summary>
/// A paper's links out: arXiv abstract and PDF when its text names an arXiv identifier, else an arXiv title search;
/// code from an override, else the first GitHub/GitLab repository in the abstract, else a code search when the
/// listing only said "Code".
/// </summary>
public static partial class LinksOut
{
    public static PaperLinks Find(Paper paper)
    {
        var text = paper.Abstract ?? string.Empty;
        // Each pattern's first letter is in every abstract, so a vectorised search for a word both need rules out most
        // abstracts before the pattern is tried at all positions.
        var arxiv = text.Contains("arxiv", StringComparison.OrdinalIgnoreCase) && ArxivId().Match(text) is { Success: true } found ? found.Groups["id"].Value : null;
        var title = Uri.EscapeDataString(paper.Title);
        var code = UrlPolicy.IsWebAddress(paper.CodeUrl) ? paper.CodeUrl
            : text.Contains("://", StringComparison.Ordinal) && Repository().Match(text) is { Success: true } repo ? repo.Value : null;
        var search = code is null && (paper.HasCode || paper.CodeUrl is not null);
        return new PaperLinks(
            arxiv,
            arxiv is null ? $"https://arxiv.org/search/?query={title}&searchtype=title" : $"https://arxiv.org/abs/{arxiv}",
            arxiv is null ? null : $"https://arxiv.org/pdf/{arxiv}",
            search ? $"https://github.com/search?q={title}&type=repositories" : code,
            search);
    }

    // New-style identifiers (0704.0001 onwards), written "arXiv:2305.12345" or as an arxiv.org abs/pdf URL.
    [GeneratedRegex(@"(?:arXiv:\s?|arxiv\.org/(?:abs|pdf)/)(?<id>\d{4}\.\d{4,5})(?:v\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();

    // owner/repo on GitHub or GitLab; a sentence's closing full stop or bracket is not part of the name.
    [GeneratedRegex(@"https?://(?:www\.)?(?:github|gitlab)\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*", RegexOptions.IgnoreCase)]
    private static partial Regex Repository();
}
