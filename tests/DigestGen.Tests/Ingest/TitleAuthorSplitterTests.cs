using DigestGen.Ingest;

namespace DigestGen.Tests.Ingest;

public sealed class TitleAuthorSplitterTests
{
    [Theory]
    [InlineData("MatFormer: Nested Transformer for Elastic InferenceDevvrit, Sneha Kudugunta", "MatFormer: Nested Transformer for Elastic Inference", "Devvrit|Sneha Kudugunta")]
    [InlineData("How Does Critical Batch Size Scale in Pre-training?Hanlin Zhang", "How Does Critical Batch Size Scale in Pre-training?", "Hanlin Zhang")]
    [InlineData("Efficient Fine-Tuning of BERTAditya Kusupati, Jo Lee", "Efficient Fine-Tuning of BERT", "Aditya Kusupati|Jo Lee")]
    [InlineData("Learning in 3DAditya Kusupati", "Learning in 3D", "Aditya Kusupati")]
    [InlineData("Scaling to GPT-4Jean-luc Picard, Maarten de Rijke", "Scaling to GPT-4", "Jean-luc Picard|Maarten de Rijke")]
    [InlineData("Self-Supervised LearningDeAndre Jordan, Shaquille O'Neal", "Self-Supervised Learning", "DeAndre Jordan|Shaquille O'Neal")]
    [InlineData("Kernel MethodsMcKenzie Smith, J. R. R. Tolkien Jr.", "Kernel Methods", "McKenzie Smith|J. R. R. Tolkien Jr.")]
    [InlineData("Diffusion for Video王小明, 李华", "Diffusion for Video", "王小明|李华")]
    [InlineData("Über Lernen mit GroßmodellenJürgen Schmidhuber, Émile Borel", "Über Lernen mit Großmodellen", "Jürgen Schmidhuber|Émile Borel")]
    // Run-together given names, from real corpus records: they must not pull the split into a later name.
    [InlineData("Xwin-LM: Strong and Scalable Alignment Practice for LLMsBolin Ni, JingCheng Hu, Yixuan Wei", "Xwin-LM: Strong and Scalable Alignment Practice for LLMs", "Bolin Ni|JingCheng Hu|Yixuan Wei")]
    [InlineData("Studio-like Avatar Creation from a Monocular Phone CaptureShahRukh Athar, Shunsuke Saito", "Studio-like Avatar Creation from a Monocular Phone Capture", "ShahRukh Athar|Shunsuke Saito")]
    [InlineData("Transformers Can Do Arithmetic with the Right EmbeddingsSean McLeish, Arpit Bansal", "Transformers Can Do Arithmetic with the Right Embeddings", "Sean McLeish|Arpit Bansal")]
    [InlineData("Unified Text-to-Image Generation and RetrievalLeigang Qu", "Unified Text-to-Image Generation and Retrieval", "Leigang Qu")]
    public void Splits_at_the_point_whose_rest_reads_best_as_names(string line, string title, string authors)
    {
        var split = TitleAuthorSplitter.Run(line);

        Assert.True(split.Certain);
        Assert.Equal(title, split.Title);
        Assert.Equal(authors.Split('|'), split.Authors.Names);
    }

    [Fact]
    public void Every_seed_feed_byline_splits_with_certainty()
    {
        var lines = SeedDumps.RawLines(SeedDumps.Feed);
        foreach (var record in SeedDumps.Parse(SeedDumps.Feed).Records)
        {
            Assert.True(TitleAuthorSplitter.Run(lines[record.Source.Line]).Certain, lines[record.Source.Line]);
        }
    }

    [Fact]
    public void A_line_whose_authors_do_not_all_read_as_names_gets_the_best_guess_marked_uncertain()
    {
        var split = TitleAuthorSplitter.Run("Attention Is All You NeedAshish Vaswani (Google), Noam Shazeer");

        Assert.False(split.Certain);
        Assert.Equal("Attention Is All You Need", split.Title);
    }
}
