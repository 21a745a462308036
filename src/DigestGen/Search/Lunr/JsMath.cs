namespace DigestGen.Search.Lunr;

/// <summary>JavaScript's Math functions where .NET's differ.</summary>
internal static class JsMath
{
    /// <summary><c>Math.round</c>: to the nearest integer, halves towards +∞ (not to even, as Math.Round does).</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }
}
