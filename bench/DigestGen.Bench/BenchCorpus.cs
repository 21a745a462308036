using DigestGen.Tests.Support;

namespace DigestGen.Bench;

/// <summary>
/// The real papers a benchmark site is built from, chosen deterministically from ../shared/corpus: Hugging Face
/// daily papers and arXiv listings in the corpus's own proportion, plus the al-folio publication lists, so every size
/// has every dump shape. The next night's papers are the ones that follow.
/// </summary>
internal sealed class BenchCorpus
{
    private readonly List<CorpusRecord> hfDaily;
    private readonly List<CorpusRecord> arxiv;
    private readonly List<CorpusRecord> alfolio;

    private BenchCorpus(List<CorpusRecord> hfDaily, List<CorpusRecord> arxiv, List<CorpusRecord> alfolio)
    {
        this.hfDaily = hfDaily;
        this.arxiv = arxiv;
        this.alfolio = alfolio;
    }

    public int Available => hfDaily.Count + arxiv.Count + alfolio.Count;

    public static BenchCorpus Load(string corpusDirectory)
    {
        var all = CorpusReader.ReadAll(corpusDirectory).ToList();
        return new BenchCorpus(
            all.Where(record => record.Source == "hf-daily").ToList(),
            all.Where(record => record.Source == "arxiv-meta").ToList(),
            all.Where(record => record.Source == "alfolio").ToList());
    }

    /// <summary>The first <paramref name="count"/> papers of the mix; the same count always gives the same papers.</summary>
    public IReadOnlyList<CorpusRecord> Papers(int count)
    {
        var (fromHf, fromAlfolio, fromArxiv) = Split(count);
        return [.. hfDaily.Take(fromHf), .. alfolio.Take(fromAlfolio), .. arxiv.Take(fromArxiv)];
    }

    /// <summary>The <paramref name="count"/> papers that arrive the night after a site of <paramref name="siteSize"/>: the next daily papers with an abstract.</summary>
    public IReadOnlyList<CorpusRecord> NextNight(int siteSize, int count)
    {
        var (fromHf, _, fromArxiv) = Split(siteSize);
        return hfDaily.Skip(fromHf).Concat(arxiv.Skip(fromArxiv)).Where(paper => paper.Abstract is not null).Take(count).ToList();
    }

    /// <summary>The digest's date: the day after the newest paper in the site and the next night's papers.</summary>
    public DateOnly AsOf(int siteSize, int nightly) =>
        Papers(siteSize).Concat(NextNight(siteSize, nightly)).Max(paper => paper.Date).AddDays(1);

    private (int Hf, int Alfolio, int Arxiv) Split(int count)
    {
        if (count > Available)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"The corpus holds {Available} papers; asked for {count}.");
        }

        var fromAlfolio = Math.Min(alfolio.Count, count / 20);
        var fromHf = Math.Min(hfDaily.Count, (int)Math.Round((count - fromAlfolio) * (double)hfDaily.Count / (hfDaily.Count + arxiv.Count)));
        return (fromHf, fromAlfolio, count - fromAlfolio - fromHf);
    }
}
