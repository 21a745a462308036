using DigestGen.Merge;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Merge;

public sealed class NameVariantsTests
{
    private static readonly string[] Spellings =
    [
        "Jamie Simon", "James B. Simon", "James Simon", "Jim Simon", "J. Simon", "Jamie K Simon",
        "Huangyuan Su", "Chloe Huangyuan Su", "Chloe Su", "Huangyuan X Su", "Chloe Huangyuan Li Su",
        "Bill van der Berg", "William van der Berg", "Will Berg", "Xiangyu Zhang", "Xiangyu Tony Zhang", "Tony Zhang",
    ];

    [Theory]
    [InlineData("Jamie Simon", "James B. Simon", NameVariants.Nickname)]
    [InlineData("Huangyuan Su", "Chloe Huangyuan Su", NameVariants.AddedGivenName)]
    [InlineData("Chloe Huangyuan Su", "Huangyuan Su", NameVariants.AddedGivenName)]
    [InlineData("Bill van der Berg", "William van der Berg", NameVariants.Nickname)]
    public void Variants_share_a_key(string one, string other, string relation)
    {
        var (first, second) = (AuthorIdentity.Parse(one), AuthorIdentity.Parse(other));

        Assert.Equal(relation, NameVariants.Relation(first, second));
        Assert.NotEmpty(NameVariants.Keys(first).Intersect(NameVariants.Keys(second)));
    }

    /// <summary>Merge compares only names that share a key: every pair that relates must share one, or merge misses it.</summary>
    [Fact]
    public void Every_related_pair_of_the_examples_and_the_corpus_shares_a_key()
    {
        var names = Spellings
            .Concat(CorpusReader.ReadFile(RepoPaths.Corpus, "hf-daily").Take(3_000).SelectMany(record => record.Authors))
            .Distinct(StringComparer.Ordinal)
            .Select(AuthorIdentity.Parse)
            .ToList();
        var related = 0;
        foreach (var surname in names.GroupBy(name => name.Surname).Where(group => group.Count() > 1))
        {
            foreach (var first in surname)
            {
                foreach (var second in surname)
                {
                    if (NameVariants.Relation(first, second) is not null)
                    {
                        related++;
                        Assert.NotEmpty(NameVariants.Keys(first).Intersect(NameVariants.Keys(second)));
                    }
                }
            }
        }

        Assert.True(related >= 10, $"only {related} related pairs: the test would not show a missing key");
    }
}
