using DigestGen.Merge;

namespace DigestGen.Tests.Merge;

public sealed class TitleKeyTests
{
    [Theory]
    [InlineData("SOAP: Improving and Stabilizing Shampoo using Adam", "soap improving and stabilizing  shampoo using adam")]
    [InlineData("How Does Critical Batch Size Scale in Pre-training?", "How does critical batch size scale in pretraining")]
    [InlineData("Gauss–Newton is Enough", "Gauss-Newton is enough")]
    [InlineData("Gauss\u2011Newton is Enough", "Gauss Newton is enough")]
    [InlineData("A Universal Trade-off\u00a0Between the Model Size", "a universal trade off between the model size")]
    [InlineData("Efficient μ-Transfer", "efficient µ transfer")]
    [InlineData("Café Recommendations", "Cafe recommendations")]
    [InlineData("\"Quoted\" Title.", "quoted title")]
    public void Spellings_of_one_title_share_a_key(string one, string other) =>
        Assert.Equal(TitleKey.Of(one), TitleKey.Of(other));

    [Theory]
    [InlineData("Alternating Updates for Efficient Transformers", "Alternating Updates for Efficient Transformer")]
    [InlineData("Deep Learning 2", "Deep Learning 3")]
    [InlineData("Efficient μ-Transfer", "Efficient Transfer")]
    public void Different_titles_have_different_keys(string one, string other) =>
        Assert.NotEqual(TitleKey.Of(one), TitleKey.Of(other));
}
