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
/// ("NewtonNatalie" or "ShahRukh"), and half a point off when the title would end in a capitalised part run onto
/// a word ("CaptureShah", "CNNYong"), a hyphen ("Gauss-") or a comma. A candidate whose rest reads entirely as names beats any whose rest does
/// not; then the best score wins, the earliest among equals: an earlier point drags title words into the first
/// name, a later one cuts the first name short. The split is certain when every name of the winner reads as a name.
/// </remarks>
internal static partial class TitleAuthorSplitter
{
    private const double Awkward = 0.5;

    public sealed record Split(string Title, AuthorList Authors, bool Certain);

    public static Split Run(string line)
    {
        Split? best = null;
        var bestScore = (AllNames: false, Score: 0.0);
        for (var index = 1; index < line.Length; index++)
        {
            if (!IsGluePoint(line, index))
            {
                continue;
            }

            var authors = AuthorList.Parse(line[index..], andSeparates: false);
            var title = line[..index].TrimEnd();
            var score = (authors.AllNamesPlausible,
                authors.Names.Sum(name => !PersonName.IsPlausible(name) ? 0 : PersonName.HasRunTogetherWord(name) ? 1 - Awkward : 1)
                - (EndsAwkwardly(title) ? Awkward : 0));
            if (score.CompareTo(bestScore) > 0)
            {
                best = new Split(title, authors, authors.AllNamesPlausible);
                bestScore = score;
            }
        }

        return best ?? new Split(line, new AuthorList([], false, null), Certain: false);
    }

    // "Gauss-", "Reliability,", "CaptureShah", "LSTM-CNNYong": a title ending like this has probably lost its end
    // (a plural like "LLMs" has not).
    private static bool EndsAwkwardly(string title) =>
        title.EndsWith('-') || title.EndsWith(',') || CapitalisedTail().IsMatch(title);

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
