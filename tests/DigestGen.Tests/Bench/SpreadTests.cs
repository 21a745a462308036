using DigestGen.Bench;

namespace DigestGen.Tests.Bench;

/// <summary>The bench's `--repeat` compares medians of alternated runs (bench/DigestGen.Bench/Spread.cs, linked here).</summary>
public sealed class SpreadTests
{
    [Fact]
    public void An_odd_count_has_the_middle_sample_as_median_whatever_the_order()
    {
        var spread = Spread.Of([3.1, 1.7, 2.5, 2.0, 1.9]);

        Assert.Equal(new Spread(2.0, 1.7, 3.1, 5), spread);
    }

    [Fact]
    public void An_even_count_has_the_mean_of_the_two_middle_samples_as_median()
    {
        var spread = Spread.Of([4.0, 1.0, 3.0, 2.0]);

        Assert.Equal(new Spread(2.5, 1.0, 4.0, 4), spread);
    }

    [Fact]
    public void One_slow_outlier_moves_the_median_less_than_the_mean()
    {
        var spread = Spread.Of([2.0, 2.1, 9.0]);

        Assert.Equal(2.1, spread.Median);
        Assert.Equal(9.0, spread.Max);
    }

    [Fact]
    public void No_sample_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Spread.Of([]));
    }
}
