using System.Globalization;

namespace DigestGen.Render;

/// <summary>How values read on the page: dates, scores and shortened text, always in the invariant culture.</summary>
internal static class Display
{
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Cuts at a word boundary at most <paramref name="limit"/> characters in, adding an ellipsis.</summary>
    public static string Shorten(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', limit - 1);
        return text[..(cut > limit / 2 ? cut : limit - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
