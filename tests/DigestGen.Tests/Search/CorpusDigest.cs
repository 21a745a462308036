using DigestGen.Model;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// Digests made of real records from the corpus (see SOURCES.md), for search tests and benches. Each paper
/// gets a readable unique slug id, as merge assigns.
/// </summary>
public static class CorpusDigest
{
    /// <summary>The first <paramref name="count"/> papers: the small al-folio lists and hf-daily first, then arXiv.</summary>
    public static Digest Load(int count)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var papers = new[] { "alfolio-yichi-zhang", "alfolio-yuzhang-shang", "hf-daily", "arxiv-meta" }
            .SelectMany(stem => CorpusReader.ReadFile(RepoPaths.Corpus, stem))
            .Take(count)
            .Select(record => ToPaper(record, ids))
            .ToList();
        if (papers.Count < count)
        {
            throw new InvalidOperationException($"The corpus at {RepoPaths.Corpus} holds {papers.Count} papers, not {count}: "
                + $"for more, set {RepoPaths.FullCorpusVariable}=1 with the full corpus at {RepoPaths.SharedCorpus}.");
        }

        return new Digest(new DateOnly(2026, 11, 23), [.. papers], [], []);
    }

    private static Paper ToPaper(CorpusRecord record, HashSet<string> ids) => new()
    {
        Id = UniqueSlug(record.Title, ids),
        Title = record.Title,
        Authors = record.Authors,
        Abstract = record.Abstract,
        Date = record.Date,
        Category = record.Categories.IsEmpty ? record.Source : record.Categories[0],
    };

    private static string UniqueSlug(string title, HashSet<string> ids)
    {
        var words = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = words.Length == 0 ? "paper" : string.Join('-', words.Take(8));
        var unique = slug;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        return unique;
    }
}
