namespace DigestGen.Curate;

/// <summary>
/// One validated setting of an override file, ready to apply to a paper or topic.
/// </summary>
/// <param name="Key">The key as documented (new-title, pin…), or <see cref="OverrideKeys.Note"/> for the body.</param>
/// <param name="Line">File line of the key, for diagnostics.</param>
/// <param name="Value">The value as one canonical string: two files contradict each other when these differ.</param>
/// <param name="Apply">Returns the paper or topic with this setting applied.</param>
internal sealed record Setting<T>(string Key, int Line, string Value, Func<T, T> Apply)
{
    /// <summary>Tags add up across files instead of contradicting each other.</summary>
    public bool Accumulates => Key == OverrideKeys.Tags;

    public override string ToString() => Key == OverrideKeys.Note ? "the note" : $"{Key}: {Value}";
}
