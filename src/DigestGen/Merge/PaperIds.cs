using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>
/// Paper ids: the title's slug; papers sharing it add their year, and if that still does not tell them apart,
/// a short hash of their abstract (see <see cref="UniqueIds"/>). A paper whose slug no other paper shares keeps
/// the bare slug, so adding or removing unrelated papers never moves an id.
/// </summary>
internal static class PaperIds
{
    /// <summary>Titles with nothing to spell in ASCII (all CJK, say) still get a readable prefix.</summary>
    private const string FallbackSlug = "paper";

    public static string[] Assign(IReadOnlyList<Paper> papers) =>
        UniqueIds.Assign(papers.Select(Ladder).ToList());

    private static IEnumerable<string> Ladder(Paper paper)
    {
        var slug = Slug.From(paper.Title);
        if (slug.Length > 0)
        {
            yield return slug;
            if (paper.Date is { } date)
            {
                yield return $"{slug}-{date.Year}";
            }
        }

        yield return $"{(slug.Length > 0 ? slug : FallbackSlug)}-{ContentHash(paper)}";
    }

    private static string ContentHash(Paper paper) =>
        Slug.ShortHash(paper.Abstract is { Length: > 0 } text ? TitleKey.Of(text) : string.Join('\n', [paper.Title, .. paper.Authors]));
}
