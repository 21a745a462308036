using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>Tells an abstract from a title or an author line where nothing but the text itself can.</summary>
internal static partial class Prose
{
    /// <summary>Titles run to a few dozen words at most; abstracts rarely run shorter.</summary>
    private const int AbstractWordsAtLeast = 40;

    /// <summary>A line that reads as prose rather than a title: long, or more than one sentence.</summary>
    public static bool LooksLikeAbstract(string line) =>
        line.Count(c => c == ' ') + 1 >= AbstractWordsAtLeast || SentenceBreak().IsMatch(line);

    // A full stop after a word of three or more letters: "…well. We…", not "vs. Memory" or "et al. (2021)";
    // question marks are left out, titles ask questions ("Memorization? A Short Tale").
    [GeneratedRegex(@"\p{Ll}{3}\. \p{Lu}")]
    private static partial Regex SentenceBreak();
}
