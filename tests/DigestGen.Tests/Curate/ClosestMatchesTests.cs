using DigestGen.Curate;

namespace DigestGen.Tests.Curate;

public sealed class ClosestMatchesTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_is_the_levenshtein_distance(string a, string b, int expected) =>
        Assert.Equal(expected, ClosestMatches.Distance(a, b));

    [Fact]
    public void Distance_gives_up_past_the_cap() =>
        Assert.Equal(3, ClosestMatches.Distance("alternating-updates", "matryoshka-learning", cap: 2));

    [Fact]
    public void Finds_near_typos_and_shortened_ids_nearest_first_but_not_unrelated_short_ones()
    {
        string[] ids = [SeedDigest.AltUp, SeedDigest.Matryoshka, SeedDigest.Soap, "lg", "ml"];

        Assert.Equal<string>([SeedDigest.AltUp], ClosestMatches.Find(ids, "alternating-update-for-efficient-transformer"));
        Assert.Equal<string>([SeedDigest.Soap], ClosestMatches.Find(ids, "soap-improving"));
        Assert.Equal<string>(["lg"], ClosestMatches.Find(ids, "LG"));
        Assert.Empty(ClosestMatches.Find(ids, "cv"));
    }
}
