using System.Text.RegularExpressions;

namespace DigestGen.Ingest;

/// <summary>
/// Splits a feed line where the title runs straight into the author list:
/// <c>Matryoshka Representation LearningAditya Kusupati, Gantavya Bhatt et al. · uw</c>.
/// </summary>
/// <remarks>
/// The glue point is a capital letter right after a non-space character ("gA", "?H", "eD"). Titles have a few such
/// points of their own (MatFormer, Gauss-Newton, AdEMAMix), so each candidate is scored by how well the rest of the
/// line reads as a list of person names: a point for each name, half a point for a name with a run-together word
/// ("NewtonNatalie" or "ShahRukh"), and half a point off when the title would end in a capitalised part run onto a
/// word ("CaptureShah", "CNNYong"), a hyphen ("Gauss-") or a comma. A candidate whose rest reads entirely as names
/// beats any whose rest does not; then the best score wins, the earliest among equals: an earlier point drags title
/// words into the first name, a later one cuts the first name short. The split is certain when every name of the
/// winner reads as a name.
/// </remarks>
internal static partial class TitleAuthorSplitter
{
    private const double Awkward = 0.5;

    private const string NameSeparator = ", ";

    public sealed record Split(string Title, AuthorList Authors, bool Certain);

    public static Split Run(string line)
    {
        // Every candidate's rest ends with the same names: score the ", "-separated segments once, from the end, so
        // each candidate only costs its own first name.
        var (names, _, _) = AuthorList.SplitTail(line);
        var segments = names.Split(NameSeparator);
        var scoreAfter = new double[segments.Length];
        var allNamesAfter = new bool[segments.Length];
        for (var k = segments.Length - 2; k >= 0; k--)
        {
            scoreAfter[k] = scoreAfter[k + 1] + NameScore(segments[k + 1].Trim());
            allNamesAfter[k] = (k == segments.Length - 2 || allNamesAfter[k + 1]) && PersonName.IsPlausible(segments[k + 1].Trim());
        }

        var bestIndex = -1;
        var bestScore = (AllNames: false, Score: 0.0);
        var segmentStart = 0;
        for (var k = 0; k < segments.Length; segmentStart += segments[k].Length + NameSeparator.Length, k++)
        {
            for (var offset = 1; offset < segments[k].Length; offset++)
            {
                var index = segmentStart + offset;
                if (!IsGluePoint(line, index))
                {
                    continue;
                }

                var first = segments[k][offset..].Trim();
                var score = (PersonName.IsPlausible(first) && (k == segments.Length - 1 || allNamesAfter[k]),
                    NameScore(first) + scoreAfter[k] - (EndsAwkwardly(line[..index].TrimEnd()) ? Awkward : 0));
                if (score.CompareTo(bestScore) > 0)
                {
                    bestIndex = index;
                    bestScore = score;
                }
            }
        }

        return bestIndex < 0
            ? new Split(line, new AuthorList([], false, null), Certain: false)
            : new Split(line[..bestIndex].TrimEnd(), AuthorList.Parse(line[bestIndex..], andSeparates: false), bestScore.AllNames);
    }

    /// <summary>A point for a name, half for one with a run-together word, none for what is no name.</summary>
    private static double NameScore(string name) =>
        !PersonName.IsPlausible(name) ? 0 : PersonName.HasRunTogetherWord(name) ? 1 - Awkward : 1;

    // "Gauss-", "Reliability,", "CaptureShah", "LSTM-CNNYong": a title ending like this has probably lost its end
    // (a plural like "LLMs" has not).
    private static bool EndsAwkwardly(string title) =>
        title.EndsWith('-') || title.EndsWith(',') || CapitalisedTail().IsMatch(title.AsSpan(title.LastIndexOf(' ') + 1));

    [GeneratedRegex(@"\p{L}\p{Lu}(?!s$)\p{Ll}+$")]
    private static partial Regex CapitalisedTail();

    // A capital straight after a character that is not a space, or the first letter of a script without case
    // (Chinese, Japanese…) after one with case.
    private static bool IsGluePoint(string line, int index)
    {
        var letter = line[index];
        var before = line[index - 1];
        return !char.IsWhiteSpace(before) && (char.IsUpper(letter) || (IsCaseless(letter) && !IsCaseless(before)));
    }

    private static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
