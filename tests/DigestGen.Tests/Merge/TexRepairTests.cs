using DigestGen.Merge;

namespace DigestGen.Tests.Merge;

public sealed class TexRepairTests
{
    [Theory]
    // Real corpus text with the backslash lost in scraping.
    [InlineData("simple ell_1 regularization", @"simple $\ell_1$ regularization")]
    [InlineData("the ell_1-loss", @"the $\ell_1$-loss")]
    [InlineData("scaling rule lambda_2propto d", "scaling rule lambda_2propto d")]
    [InlineData("at eta_1 and lambda_{12}=0", @"at $\eta_1$ and $\lambda_{12}$=0")]
    [InlineData("three critical textit{O}bstacles", @"three critical \textit{O}bstacles")]
    [InlineData("a rate of mathcal{O}(T^{-1/3})", @"a rate of \mathcal{O}(T^{-1/3})")]
    [InlineData("on a single 8timesA800 GPU machine", @"on a single 8$\times$A800 GPU machine")]
    [InlineData("complexity $mathrm{poly}(d)$ and $O(ell^2)$ and $x leq y$", @"complexity $\mathrm{poly}(d)$ and $O(\ell^2)$ and $x \leq y$")]
    // Size commands glued to a word go; short ones that may be names stay.
    [InlineData("Inference Scaling scriptsizeFLaws", "Inference Scaling FLaws")]
    [InlineData("we propose tinyV, a verifier", "we propose tinyV, a verifier")]
    // One styled letter glued to a word is text styling, not math.
    [InlineData(@"$\textbf{S}$hampo$\textbf{O}$ and $\textit{R}$ecall", @"\textbf{S}hampo\textbf{O} and \textit{R}ecall")]
    public void Repairs_what_scraping_damaged(string scraped, string repaired) =>
        Assert.Equal(repaired, TexRepair.Run(scraped));

    [Theory]
    // Intact TeX and ordinary words are left alone.
    [InlineData(@"the $\ell_1$-norm and $\alpha$-divergence")]
    [InlineData(@"the $\textbf{S}$ set, $\textbf{x}$ and costs of $5 and $10")]
    [InlineData("Cellular automata, delta rule, gamma rays, 3 times faster, the context of text")]
    [InlineData(@"$\text{delta}$ and $\{$claw, 2$P_3\}$-free graphs")]
    [InlineData("the Hell_1 dataset and MyLambda_2 model")]
    public void Leaves_intact_text_alone(string text) =>
        Assert.Equal(text, TexRepair.Run(text));
}
