using DigestGen.Merge;

namespace DigestGen.Tests.Merge;

public sealed class AuthorIdentityTests
{
    [Theory]
    [InlineData("Dylan J Cutler", "Dylan J. Cutler")]
    [InlineData("Dylan J Cutler", "  DYLAN  J   CUTLER ")]
    [InlineData("Benjamin L. Edelman", "Benjamin L Edelman")]
    [InlineData("J.L. Smith", "J. L. Smith")]
    [InlineData("José Hernández", "Jose Hernandez")]
    [InlineData("Martin Luther King Jr.", "Martin Luther King")]
    public void Dots_spacing_case_accents_and_suffixes_do_not_count(string one, string other) =>
        Assert.Equal(AuthorIdentity.Parse(one).Key, AuthorIdentity.Parse(other).Key);

    [Fact]
    public void Surname_particles_stay_with_the_surname()
    {
        var identity = AuthorIdentity.Parse("Ludwig van der Waals");

        Assert.Equal(("van der waals", "ludwig"), (identity.Surname, identity.FirstName));
        Assert.Empty(identity.MiddleNames);
    }

    [Theory]
    [InlineData("Dylan Cutler", "Dylan J Cutler", true)]
    [InlineData("Dylan J Cutler", "Dylan John Cutler", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("Dylan J Cutler", "Dylan K Cutler", false)]
    [InlineData("Dylan Cutler", "Dylan Cutter", false)]
    [InlineData("John Smith", "Jane Smith", false)]
    [InlineData("Devvrit", "Devvrit Khatri", false)]
    [InlineData("Devvrit", "Devvrit", true)]
    public void Compatibility_needs_the_surname_and_agreeing_given_names(string one, string other, bool compatible)
    {
        Assert.Equal(compatible, AuthorIdentity.Parse(one).IsCompatibleWith(AuthorIdentity.Parse(other)));
        Assert.Equal(compatible, AuthorIdentity.Parse(other).IsCompatibleWith(AuthorIdentity.Parse(one)));
    }
}
