namespace DigestGen.Merge;

/// <summary>
/// The identity of a title for matching: its letters and digits only, folded (see <see cref="TextFolding"/>).
/// Case, accents, punctuation, dash variants and spacing never make two titles differ, so
/// "Pre-training?" and "Pretraining" share a key, as do "μ-Transfer" and "μ Transfer".
/// </summary>
internal static class TitleKey
{
    /// <summary>The words of <see cref="TextFolding.Words"/> run together: the folded text's letters and digits, in one pass.</summary>
    public static string Of(string title)
    {
        var folded = TextFolding.Fold(title);
        var length = 0;
        foreach (var character in folded)
        {
            length += char.IsLetterOrDigit(character) ? 1 : 0;
        }

        return string.Create(length, folded, static (key, text) =>
        {
            var kept = 0;
            foreach (var character in text)
            {
                if (char.IsLetterOrDigit(character))
                {
                    key[kept++] = character;
                }
            }
        });
    }
}
