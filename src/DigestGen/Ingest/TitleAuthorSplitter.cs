namespace DigestGen.Ingest;

/// <summary>
/// Splits a feed line where the title runs straight into the author list:
/// <c>Matryoshka Representation LearningAditya Kusupati, Gantavya Bhatt et al. · uw</c>.
/// </summary>
/// <remarks>
/// The glue point is a capital letter right after a non-space character ("gA", "?H", "eD"). Titles have a few such
/// points of their own (MatFormer, Gauss-Newton, AdEMAMix), so each candidate is judged by how well the rest of the
/// line reads as a list of person names. The earliest candidate whose rest reads entirely as names wins: any earlier
/// one drags title words, and the glued "LearningAditya", into the first name; any later one cuts the first name.
/// When no candidate reads entirely as names, the one with the most plausible names wins and the split is uncertain.
/// </remarks>
internal static class TitleAuthorSplitter
{
    public sealed record Split(string Title, AuthorList Authors, bool Certain);

    public static Split Run(string line)
    {
        Split? best = null;
        var bestPlausible = 0;
        for (var index = 1; index < line.Length; index++)
        {
            if (!IsGluePoint(line, index))
            {
                continue;
            }

            var authors = AuthorList.Parse(line[index..]);
            var title = line[..index].TrimEnd();
            if (authors.AllNamesPlausible)
            {
                return new Split(title, authors, Certain: true);
            }

            if (authors.PlausibleNames > bestPlausible)
            {
                best = new Split(title, authors, Certain: false);
                bestPlausible = authors.PlausibleNames;
            }
        }

        return best ?? new Split(line, new AuthorList([], false, null), Certain: false);
    }

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
