using System.Text.RegularExpressions;
using DigestGen.Model;

namespace DigestGen.Tests.Support;

/// <summary>
/// The writer must produce the seeds' own text: each test rebuilds a stretch of a seed file from records holding
/// that stretch's facts and compares character for character; the corpus tests check real records keep the shape.
/// </summary>
public sealed class CorpusDumpWriterTests
{
    private static string[] SeedLines(string prefix) =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.Input, prefix + "*.txt").Single()).Split('\n');

    private static string Lines(string[] lines, int first, int last) => string.Join("\n", lines[(first - 1)..last]);

    private static CorpusRecord Record(string title, string[] authors, string? @abstract, DateOnly date) => new()
    {
        Title = title,
        Authors = [.. authors],
        Abstract = @abstract,
        Date = date,
        Source = "seed",
    };

    [Fact]
    public void ProfilePage_reproduces_the_seed_header_and_a_paper_block()
    {
        var seed = SeedLines("000_");
        var paper = Record("Alternating Updates for Efficient Transformers",
            ["Cenk Baykal", "Dylan Cutler", "Nishanth Dikkala", "Nikhil Ghosh"], seed[23], new DateOnly(2023, 1, 30)) with { Categories = ["cs.LG"] };
        var stats = new ProfileStats("Nikhil Ghosh", "LG", HIndex: 19, PaperCount: 15, Citations: 576, NoveltyPercent: 52, AiScore: 56);

        var page = CorpusDumpWriter.ProfilePage(stats, [paper], asOfYear: 2026);

        Assert.Equal(Lines(seed, 1, 9) + "\n1 Papers\n\n" + Lines(seed, 19, 24), page);
    }

    [Fact]
    public void PaperFeed_reproduces_the_seed_record_with_code_flag_et_al_and_org()
    {
        var seed = SeedLines("004_");
        var paper = Record("Matryoshka Representation Learning",
            ["Aditya Kusupati", "Gantavya Bhatt", "Aniket Rege", "Matthew Wallingford"], seed[2], new DateOnly(2022, 5, 26))
            with { Categories = ["cs.LG"], CodeUrl = "https://github.com/RAIVNLab/MRL", Organization = "UW" };
        var threeAuthors = Record("On Provable Copyright Protection for Generative Models",
            ["Nikhil Vyas", "Sham Kakade", "Boaz Barak"], seed[20], new DateOnly(2023, 2, 21)) with { Categories = ["cs.LG"] };

        var feed = CorpusDumpWriter.PaperFeed([paper, threeAuthors], asOfYear: 2026);

        Assert.Equal(Lines(seed, 1, 3) + "\n" + Lines(seed, 19, 21), feed);
    }

    [Fact]
    public void DateHeader_glues_score_and_drops_the_as_of_year()
    {
        var paper = Record("t", ["a"], "x", new DateOnly(2026, 4, 23)) with { Categories = ["stat.ML", "cs.LG"], Score = 84 };

        Assert.Equal("84.0MLApr 23", CorpusDumpWriter.DateHeader(paper, asOfYear: 2026));
        Assert.Equal("84.0MLApr 23, 2026", CorpusDumpWriter.DateHeader(paper, asOfYear: 2027));
    }

    [Fact]
    public void PublicationList_reproduces_the_seed_sections_badges_and_glued_years()
    {
        var seed = SeedLines("001_");
        var preprint = Record("The Effect of SGD Batch Size on Autoencoder Learning: Sparsity, Sharpness, and Feature Learning",
            ["Nikhil Ghosh"], seed[7]["*arXiv preprint*, 2023".Length..], new DateOnly(2023, 8, 6));
        var yearGlued = Record("More is Better in Modern Machine Learning: when Infinite Overparameterization is Optimal and Overfitting is Obligatory",
            ["James B. Simon"], seed[14], new DateOnly(2024, 1, 1)) with { Venue = "ICLR 2024" };
        const string venueLine = "*In International Conference on Learning Representations (ICLR)*, 2023";
        var venueLined = Record("Deconstructing Distributions: A Pointwise Framework of Learning",
            ["Gal Kaplun"], seed[25][venueLine.Length..], new DateOnly(2023, 1, 1))
            with { Venue = "ICLR", VenueFull = "International Conference on Learning Representations (ICLR)" };

        var list = CorpusDumpWriter.PublicationList([preprint, venueLined, yearGlued]);

        Assert.Equal(Lines(seed, 1, 16) + "\n" + Lines(seed, 17, 18) + "\n" + Lines(seed, 25, 26), list);
    }

    [Fact]
    public void TrendingList_and_AbstractListing_reproduce_the_seed_openings()
    {
        var trendingSeed = SeedLines("002_");
        var abstractSeed = SeedLines("003_");
        var trending = new[] { 2, 4 }.Select(i => Record(trendingSeed[i].Replace("Subscribe", "", StringComparison.Ordinal), [], trendingSeed[i + 1], new DateOnly(2024, 1, 1))).ToList();
        var untitled = new[] { 0, 5 }.Select(i => Record("", [], abstractSeed[i]["Abstract:".Length..], new DateOnly(2024, 1, 1))).ToList();

        Assert.StartsWith(Lines(trendingSeed, 1, 6) + "\n", CorpusDumpWriter.TrendingList(trending), StringComparison.Ordinal);
        Assert.Equal(Lines(abstractSeed, 1, 6), CorpusDumpWriter.AbstractListing(untitled));
    }

    [Fact]
    public void Real_corpus_records_keep_the_feed_shape()
    {
        var header = new Regex(@"^(\d+\.\d)?[A-Z]{2}(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(, \d{4})?(Code)?$");
        var papers = CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Take(200)
            .Concat(CorpusReader.ReadFile(RepoPaths.Corpus, "arxiv-meta").Take(200)).ToList();

        var lines = CorpusDumpWriter.PaperFeed(papers, asOfYear: 2025).Split('\n');

        Assert.Equal(papers.Count * 3, lines.Length);
        for (var i = 0; i < papers.Count; i++)
        {
            Assert.Matches(header, lines[3 * i]);
            Assert.StartsWith(papers[i].Title + papers[i].Authors[0], lines[3 * i + 1], StringComparison.Ordinal);
            Assert.Equal(papers[i].Authors.Length > 3, lines[3 * i + 1].Contains(" et al.", StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => line.StartsWith("32.0LGMay 24, 2024", StringComparison.Ordinal));
        Assert.Equal("LG", CorpusDumpWriter.Category(papers[^200]));
    }

    [Fact]
    public void CorpusReader_reads_every_record_of_a_file_with_reduced_precision_dates()
    {
        var shang = CorpusReader.ReadFile(RepoPaths.Corpus, "alfolio-yuzhang-shang").ToList();

        Assert.Equal(33, shang.Count);
        Assert.All(shang, entry => Assert.Null(entry.Abstract));
        Assert.Equal(new DateOnly(2025, 1, 1), shang[0].Date);
        Assert.Equal("TPAMI", CorpusDumpWriter.VenueBadge(shang[0]));
    }
}
