namespace DigestGen.Render.Text;

/// <summary>One piece of an abstract as the dumps write it: plain text, a math expression, or a style span edge.</summary>
public abstract record TexToken
{
    private TexToken()
    {
    }

    public sealed record Plain(string Text) : TexToken;

    public sealed record Math(MathExpression Expression) : TexToken;

    /// <summary>Start of <c>\textbf{</c> (strong) or <c>\textit{</c>/<c>\emph{</c> (em).</summary>
    public sealed record Open(string Tag) : TexToken;

    public sealed record Close(string Tag) : TexToken;

    /// <summary>A blank line in the source: the start of a new paragraph.</summary>
    public sealed record ParagraphBreak : TexToken;
}

/// <summary>A TeX math expression without its delimiters; <see cref="Display"/> for <c>$$…$$</c> and <c>\[…\]</c>.</summary>
public readonly record struct MathExpression(string Tex, bool Display);
