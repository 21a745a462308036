using DigestGen.Model;
using DigestGen.Output;
using DigestGen.Search;
using DigestGen.Search.Lunr;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Search;

/// <summary>
/// Papers' terms kept between builds (<see cref="TermCountCache"/>): a nightly tokenizes only its new and changed papers,
/// and its search files are the bytes a build tokenizing every paper writes.
/// </summary>
public sealed class TermCountCacheTests
{
    private static readonly DateOnly Yesterday = new(2026, 11, 22);

    [Fact]
    public void A_night_with_a_new_and_a_changed_paper_tokenizes_those_two_and_writes_what_tokenizing_all_writes()
    {
        using var cache = new TempFolder();
        var papers = CorpusDigest.Load(300).Papers.Select(paper => paper with { FirstSeen = Yesterday }).ToList();
        Build(papers, TermCountCache.Load(cache.Path))!.Write();

        // The changed abstract brings terms no paper had, the new paper the words of an old one in a new order.
        var changed = papers[7] with { Abstract = "Zyxwvut quasiparticles renormalise the grokking-phase transition." };
        var newPaper = papers[3] with { Id = "aaa-new-paper", Title = string.Join(' ', papers[3].Title.Split(' ').Reverse()), FirstSeen = Yesterday.AddDays(1) };
        List<Paper> tonight = [.. papers.Select(paper => paper.Id == changed.Id ? changed : paper), newPaper];
        var known = TermCountCache.Load(cache.Path);
        var withCache = new MemoryOutputSink();
        var update = BuildSearchIndex.Run(Digest(tonight), withCache, wholeIndexMaxPapers: 1_000, known, SearchFiles.None);

        Assert.Equal((299, 2), (known.Found, known.Tokenized));
        var tokenizingAll = new MemoryOutputSink();
        BuildSearchIndex.Run(Digest(tonight), tokenizingAll, wholeIndexMaxPapers: 1_000);
        Assert.Equal(tokenizingAll.Files.Keys.Order(StringComparer.Ordinal), withCache.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(tokenizingAll.Files, file => Assert.Equal(file.Value.Content, withCache.Files[file.Key].Content));

        // Tonight's file holds tonight's papers: the same night built again tokenizes none and leaves the file as it is.
        update!.Write();
        var again = TermCountCache.Load(cache.Path);
        Assert.Null(BuildSearchIndex.Run(Digest(tonight), new MemoryOutputSink(), wholeIndexMaxPapers: 1_000, again, SearchFiles.None));
        Assert.Equal((301, 0), (again.Found, again.Tokenized));
    }

    /// <summary>
    /// The papers before the first changed one keep last night's term numbers; those after it are numbered afresh. A
    /// paper that repeats a kept paper's texts after the change, and a night that drops a paper from the middle, must
    /// still number every term as tokenizing all does.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Papers_after_a_removed_one_or_repeating_a_kept_ones_texts_are_numbered_as_tokenizing_all_numbers_them(bool removeOne)
    {
        using var cache = new TempFolder();
        // In id order, the order the index numbers papers first seen on one day.
        var papers = CorpusDigest.Load(120).Papers.Select(paper => paper with { FirstSeen = Yesterday }).OrderBy(paper => paper.Id, StringComparer.Ordinal).ToList();
        Build(papers, TermCountCache.Load(cache.Path))!.Write();

        var twin = papers[2] with { Id = "zzz-twin", FirstSeen = Yesterday.AddDays(1) };
        List<Paper> tonight = removeOne ? [.. papers.Where((_, at) => at != 40), twin] : [.. papers, twin];
        var known = TermCountCache.Load(cache.Path);
        var withCache = new MemoryOutputSink();
        var update = BuildSearchIndex.Run(Digest(tonight), withCache, wholeIndexMaxPapers: 1_000, known, SearchFiles.None);

        // The twin comes last; its texts were a kept paper's, whose stored terms are no longer in the order they occur.
        Assert.Equal(removeOne ? (119, 1) : (120, 1), (known.Found, known.Tokenized));
        var tokenizingAll = new MemoryOutputSink();
        BuildSearchIndex.Run(Digest(tonight), tokenizingAll, wholeIndexMaxPapers: 1_000);
        Assert.All(tokenizingAll.Files, file => Assert.Equal(file.Value.Content, withCache.Files[file.Key].Content));

        // The file written holds tonight's papers in tonight's order: built again, every one is kept.
        update!.Write();
        var again = TermCountCache.Load(cache.Path);
        var rebuilt = new MemoryOutputSink();
        Assert.Null(BuildSearchIndex.Run(Digest(tonight), rebuilt, wholeIndexMaxPapers: 1_000, again, SearchFiles.None));
        Assert.Equal((tonight.Count, 0), (again.Found, again.Tokenized));
        Assert.All(tokenizingAll.Files, file => Assert.Equal(file.Value.Content, rebuilt.Files[file.Key].Content));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(-9)]
    public void A_torn_or_foreign_file_is_no_cache(int keptBytes)
    {
        using var cache = new TempFolder();
        var papers = CorpusDigest.Load(40).Papers;
        Build(papers, TermCountCache.Load(cache.Path))!.Write();
        var file = cache.Combine(TermCountCache.FileName);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, keptBytes >= 0 ? bytes[..keptBytes] : [.. bytes[..^(-keptBytes)], .. new byte[3]]);

        var known = TermCountCache.Load(cache.Path);
        var withCache = new MemoryOutputSink();
        BuildSearchIndex.Run(Digest(papers), withCache, wholeIndexMaxPapers: 1_000, known, SearchFiles.None);

        Assert.Equal((0, 40), (known.Found, known.Tokenized));
        Assert.Equal(LunrCompatibilityTests.Build(Digest(papers)).Files["search/index.json"].Content, withCache.Files["search/index.json"].Content);
    }

    private static CacheUpdate? Build(IEnumerable<Paper> papers, TermCountCache known) =>
        BuildSearchIndex.Run(Digest(papers), new MemoryOutputSink(), wholeIndexMaxPapers: 1_000, known, SearchFiles.None);

    private static Digest Digest(IEnumerable<Paper> papers) =>
        new(Yesterday.AddDays(1), [.. papers.OrderBy(paper => paper.Id, StringComparer.Ordinal)], [], []);
}
