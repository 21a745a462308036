namespace DigestGen.Merge;

/// <summary>
/// The identity of a title for matching: its letters and digits only, folded (see <see cref="TextFolding"/>).
/// Case, accents, punctuation, dash variants and spacing never make two titles differ, so
/// "Pre-training?" and "Pretraining" share a key, as do "μ-Transfer" and "μ Transfer".
/// </summary>
internal static class TitleKey
{
    public static string Of(string title) => string.Concat(TextFolding.Words(title));
}
