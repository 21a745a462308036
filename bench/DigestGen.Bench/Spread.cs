namespace DigestGen.Bench;

/// <summary>
/// Repeated measurements of one quantity: the median, and the lowest and highest beside it. One sample each is a coin
/// toss on a shared machine (Hugo's wall time at 1,000 papers varied 1.7–3.1 s between runs minutes apart), so
/// `--repeat N` compares medians.
/// </summary>
internal sealed record Spread(double Median, double Min, double Max, int Count)
{
    public static Spread Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("a spread needs at least one sample", nameof(samples));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1], sorted.Length);
    }
}
