using DigestGen.Ingest;
using DigestGen.Model;

namespace DigestGen.Tests.Ingest;

public sealed class ShapeDetectorTests
{
    [Theory]
    [InlineData(SeedDumps.Profile, DumpShape.ProfilePage)]
    [InlineData(SeedDumps.Publications, DumpShape.PublicationList)]
    [InlineData(SeedDumps.Trending, DumpShape.TrendingList)]
    [InlineData(SeedDumps.Abstracts, DumpShape.AbstractListing)]
    [InlineData(SeedDumps.Feed, DumpShape.PaperFeed)]
    public void Each_seed_is_recognised_from_its_opening_lines_alone(string seed, DumpShape shape)
    {
        // A dump copied only in part still has its shape: the first dozen lines are enough.
        var opening = string.Join('\n', SeedDumps.RawLines(seed).Take(12));

        Assert.Equal(shape, ShapeDetector.Detect(DumpText.FromString(Snippet.FileName, opening)));
    }

    [Fact]
    public void A_profile_page_without_its_stats_is_still_a_profile_page()
    {
        var papers = string.Join('\n', SeedDumps.RawLines(SeedDumps.Profile).Skip(11));

        var dump = Snippet.Parse(papers);

        Assert.Equal(DumpShape.ProfilePage, dump.Shape);
        Assert.Null(dump.Profile);
        Assert.Equal(15, dump.Records.Length);
        Assert.Empty(dump.Diagnostics);
    }

    [Fact]
    public void A_feed_of_one_paper_whose_abstract_is_one_word_is_a_feed()
    {
        // Fidelity range 26000–26019: a day's feed held only this real record, whose abstract, "No.", read as an author.
        var dump = Snippet.Parse("LGFeb 6, 2019\nIs AmI (Attacks Meet Interpretability) Robust to Adversarial Examples?Nicholas Carlini\nNo.\n");

        Assert.Equal(DumpShape.PaperFeed, dump.Shape);
        var record = Assert.Single(dump.Records);
        Assert.Equal(("Is AmI (Attacks Meet Interpretability) Robust to Adversarial Examples?", "Nicholas Carlini", "No."), (record.Title, string.Join(", ", record.Authors), record.Abstract));
    }

    [Theory]
    [InlineData("# Notes\n\nSome thoughts on papers to read.\n\n- Adam\n- BERT\n- GPT\n\nMore later.\n- and more\n- and more")]
    [InlineData("2024-05-01,Adam,Kingma\n2024-05-02,BERT,Devlin\n")]
    [InlineData("just one line")]
    public void Other_text_has_no_shape(string text)
    {
        Assert.Null(ShapeDetector.Detect(DumpText.FromString(Snippet.FileName, text)));
    }
}
