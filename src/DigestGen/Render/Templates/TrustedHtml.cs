namespace DigestGen.Render.Templates;

/// <summary>
/// Markup built by C# code that already escaped every piece of text in it (rendered abstracts, charts, partials).
/// Templates write it as-is; every other value a template writes is HTML-escaped.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new(string.Empty);

    public bool IsEmpty => Html.Length == 0;

    public override string ToString() => Html;
}
